package energy.mwolo.platform.apidocs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.Comment;
import com.github.therapi.runtimejavadoc.CommentElement;
import com.github.therapi.runtimejavadoc.CommentText;
import com.github.therapi.runtimejavadoc.InlineLink;
import com.github.therapi.runtimejavadoc.InlineTag;
import com.github.therapi.runtimejavadoc.InlineValue;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Schemas described by the Javadoc of the service's records, kept with their classes at compile time (the build's
 * therapi-runtime-javadoc scribe): a record's comment describes its schema, each {@code @param} line the property it
 * names, matched to the JSON name the service writes ({@code provinceCode} is {@code province_code}, a
 * {@code @JsonProperty} name wins); a class's fields likewise. {@code {@code x}} is written {@code `x`} (the Swagger UI
 * reads Markdown) and lines are joined. A description the code gives ({@code @Schema(description = ...)}) is kept.
 */
final class JavadocDescriptions implements ModelConverter {

    private static final String SERVICES = "energy.mwolo.";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> described = SwaggerTypes.rawClass(type.getType());
        if (schema == null || described == null || !described.getName().startsWith(SERVICES)) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model != null && described.isRecord()) {
            namedAsWritten(model, described);
        }
        ClassJavadoc javadoc = RuntimeJavadoc.getJavadoc(described);
        if (model == null || javadoc.isEmpty()) {
            return schema;
        }
        if (blank(model.getDescription())) {
            String text = text(javadoc.getComment());
            if (!text.isEmpty()) {
                model.setDescription(text);
            }
        }
        Map<String, Schema> properties = model.getProperties();
        if (properties != null) {
            if (described.isRecord()) {
                javadoc.getRecordComponents().forEach(param ->
                        describe(properties, jsonName(described, param.getName()), text(param.getComment())));
            }
            javadoc.getFields().forEach(field ->
                    describe(properties, jsonName(described, field.getName()), text(field.getComment())));
        }
        return schema;
    }

    /**
     * A record's properties under the names the service writes: swagger's resolver leaves some as Java names them
     * ({@code issueDate}, {@code isoCode}: a name starting with "is" escapes its naming strategy).
     */
    private static void namedAsWritten(Schema<?> model, Class<?> record) {
        if (model.getProperties() == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Schema> property : model.getProperties().entrySet()) {
            String written = property.getKey();
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.getName().equals(property.getKey())) {
                    written = jsonName(record, component.getName());
                }
            }
            changed |= !written.equals(property.getKey());
            renamed.put(written, property.getValue());
        }
        if (changed) {
            model.setProperties(renamed);
            if (model.getRequired() != null) {
                model.setRequired(model.getRequired().stream().map(name -> jsonName(record, name)).toList());
            }
        }
    }

    private static void describe(Map<String, Schema> properties, String name, String text) {
        Schema<?> property = properties.get(name);
        if (property != null && blank(property.getDescription()) && !text.isEmpty()) {
            property.setDescription(text);
        }
    }

    /** The name the service writes a record component or field under: its {@code @JsonProperty}, else snake_case. */
    static String jsonName(Class<?> owner, String javaName) {
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                JsonProperty named = component.getName().equals(javaName)
                        ? component.getAccessor().getAnnotation(JsonProperty.class) : null;
                if (named != null && !named.value().isEmpty()) {
                    return named.value();
                }
            }
        }
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** A comment as Markdown, one line per paragraph: {@code {@code x}} as {@code `x`}, a link as its label. */
    static String text(Comment comment) {
        StringBuilder text = new StringBuilder();
        for (CommentElement element : Comment.nullToEmpty(comment).getElements()) {
            if (element instanceof CommentText plain) {
                text.append(plain.getValue());
            } else if (element instanceof InlineTag tag) {
                text.append("code".equals(tag.getName()) ? "`" + tag.getValue() + "`" : tag.getValue());
            } else if (element instanceof InlineLink link) {
                text.append(shown(link.getLink().getLabel()));
            } else if (element instanceof InlineValue value) {
                text.append(value.getValue().getReferencedMemberName());
            }
        }
        return Arrays.stream(text.toString().split("(?i)<p>|\\n\\s*\\n"))
                .map(paragraph -> paragraph.replaceAll("\\s+", " ").strip())
                .filter(paragraph -> !paragraph.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    /** A link's label as written; a bare reference by its simple name (YearMonth.now for {@code YearMonth#now}). */
    private static String shown(String label) {
        if (label == null || label.contains(" ")) {
            return label == null ? "" : label;
        }
        int member = label.indexOf('#');
        String type = member < 0 ? label : label.substring(0, member);
        return type.substring(type.lastIndexOf('.') + 1) + (member < 0 ? "" : "." + label.substring(member + 1));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
