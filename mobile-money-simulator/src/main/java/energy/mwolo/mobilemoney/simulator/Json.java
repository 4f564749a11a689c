package energy.mwolo.mobilemoney.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out. Providers' bodies are built as ordered maps with the providers' own field names (so the bytes a
 * test or an adapter sees are exactly those the signature covers); the control API's records are written in
 * snake_case with ISO-8601 instants, as the platform writes JSON.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** The body as a JSON object, or empty when it is not one. */
    static Optional<JsonNode> object(String body) {
        try {
            JsonNode node = MAPPER.readTree(body == null || body.isBlank() ? "null" : body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** A text field, numbers accepted as their text (providers send both); {@code null} when absent or blank. */
    static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.isBlank() ? null : text.trim();
    }

    /** A positive amount given as a number or a string, or {@code null}. */
    static BigDecimal amount(JsonNode node, String... path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text);
            return amount.signum() > 0 ? amount : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String field : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(field);
        }
        return current;
    }
}
