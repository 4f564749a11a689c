package energy.mwolo.deployment.observability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The repository's files as the tests read them: found from the module's directory, whichever it runs in. */
public final class Repository {

    public static final YAMLMapper YAML = YAMLMapper.builder().build();
    public static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path ROOT = root();

    private Repository() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode yaml(String relative) {
        return YAML.readTree(read(relative));
    }

    /** Every document of a multi-document YAML file. */
    static List<JsonNode> yamlDocuments(String relative) {
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(read(relative))) {
            return documents.readAll().stream().filter(node -> node != null && !node.isNull()).toList();
        }
    }

    static List<Path> files(String relative, String suffix) {
        try (Stream<Path> files = Files.list(path(relative))) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A program the checks run: the one {@code variable} names, else {@code name} on the {@code PATH}. */
    public static Optional<Path> tool(String variable, String name) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Not inside the repository: no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
