package energy.mwolo.deployment.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Ordered maps for manifests and their YAML text: one document per object, keys in the order they were given. */
public final class Yaml {

    private static final YAMLMapper WRITER = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    private Yaml() {
    }

    /** A map of {@code key, value, key, value...}; a null value leaves its key out. */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /** A Kubernetes object's head: apiVersion, kind and metadata with its name and labels. */
    static Map<String, Object> object(String apiVersion, String kind, Map<String, Object> metadata, Object... rest) {
        Map<String, Object> object = map("apiVersion", apiVersion, "kind", kind, "metadata", metadata);
        object.putAll(map(rest));
        return object;
    }

    /** The documents of one file, after its header comment (each line prefixed with {@code # }). */
    public static String file(String header, List<Map<String, Object>> documents) {
        String comment = header.lines().map(line -> line.isEmpty() ? "#" : "# " + line)
                .collect(Collectors.joining("\n", "", "\n"));
        return comment + documents.stream().map(WRITER::writeValueAsString).collect(Collectors.joining("---\n"));
    }
}
