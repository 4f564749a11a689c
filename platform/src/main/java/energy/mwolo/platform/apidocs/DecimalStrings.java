package energy.mwolo.platform.apidocs;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Amounts as the platform writes them (ARCHITECTURE.md: money in JSON is a string): a {@link BigDecimal} property
 * marked {@code @JsonFormat(shape = STRING)}, which springdoc would call a number, is a {@code decimal} string; so is a
 * string property documented {@code @Schema(format = "decimal")}. Every {@code decimal} of the document then gets its
 * pattern (digits, a point and its decimals, an optional minus, never an exponent) and an example when it has none
 * ({@link #complete}, once the document is built).
 */
final class DecimalStrings implements ModelConverter {

    static final String FORMAT = "decimal";
    static final String PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";
    static final String EXAMPLE = "12500.00";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (BigDecimal.class.equals(SwaggerTypes.rawClass(type.getType())) && shapedAsString(type.getCtxAnnotations())) {
            // A string as the document's version writes one (OpenAPI 3.1: "type": ["string"]).
            return context.resolve(new AnnotatedType(String.class)).format(FORMAT);
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    /** Every {@code decimal} property of these schemas given its pattern, and an example if it has none. */
    static void complete(Map<String, Schema> schemas) {
        Deque<Schema<?>> pending = new ArrayDeque<>();
        schemas.values().forEach(pending::add);
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema<?> schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (FORMAT.equals(schema.getFormat())) {
                schema.setPattern(PATTERN);
                if (schema.getExample() == null) {
                    schema.setExample(EXAMPLE);
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::add);
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
        }
    }

    private static boolean shapedAsString(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(annotation ->
                annotation instanceof JsonFormat format && format.shape() == JsonFormat.Shape.STRING);
    }
}
