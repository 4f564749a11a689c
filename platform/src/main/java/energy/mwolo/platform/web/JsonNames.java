package energy.mwolo.platform.web;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** Field names as clients see them: snake_case, dotted for nested objects, with [i] for list items. */
final class JsonNames {

    private JsonNames() {
    }

    static String snakeCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
