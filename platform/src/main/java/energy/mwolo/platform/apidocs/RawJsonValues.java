package energy.mwolo.platform.apidocs;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.Iterator;

/**
 * A property written with {@code @JsonRawValue} (audit's event payload) is the JSON it holds, which springdoc would
 * call a string: documented as any JSON value.
 */
final class RawJsonValues implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
                .anyMatch(annotation -> annotation instanceof JsonRawValue raw && raw.value())) {
            return new JsonSchema().description("JSON as it was received: any value.");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
