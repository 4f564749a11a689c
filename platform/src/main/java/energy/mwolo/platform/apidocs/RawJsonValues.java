package energy.mwolo.platform.apidocs;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.Iterator;
import tools.jackson.databind.JsonNode;

/**
 * A property written with {@code @JsonRawValue} (audit's event payload) is the JSON it holds, which springdoc would
 * call a string: documented as any JSON value. A body read as a {@code JsonNode} (a PATCH taking some fields) is
 * JSON too, not the node class's getters springdoc would list.
 */
final class RawJsonValues implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
                .anyMatch(annotation -> annotation instanceof JsonRawValue raw && raw.value())) {
            return new JsonSchema().description("JSON as it was received: any value.");
        }
        Class<?> raw = SwaggerTypes.rawClass(type.getType());
        if (raw != null && (JsonNode.class.isAssignableFrom(raw)
                || com.fasterxml.jackson.databind.JsonNode.class.isAssignableFrom(raw))) {
            return new JsonSchema().description("A JSON object.");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
