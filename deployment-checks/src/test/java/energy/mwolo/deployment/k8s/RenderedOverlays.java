package energy.mwolo.deployment.k8s;

import energy.mwolo.deployment.observability.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * The overlays as Kubernetes receives them, rendered by {@code kubectl kustomize} (kubectl 1.27 or later, whose
 * kustomize is v5). Rendered once per overlay and test run.
 */
final class RenderedOverlays {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private RenderedOverlays() {
    }

    /** The kubectl to render with ({@code KUBECTL}, or the one on the PATH), if there is one. */
    static Optional<String> kubectl() {
        return Repository.tool("KUBECTL", "kubectl").map(Path::toString);
    }

    /** Skips the calling test class where no kubectl can render the overlays. */
    static void assumeKubectl() {
        Assumptions.assumeTrue(kubectl().isPresent(), "kubectl renders the overlays");
    }

    /** Every object of the overlay, in the order kustomize writes them. */
    static List<JsonNode> objects(String overlay) {
        return RENDERED.computeIfAbsent(overlay, RenderedOverlays::render);
    }

    /** The objects of one kind. */
    static List<JsonNode> ofKind(String overlay, String kind) {
        return objects(overlay).stream().filter(object -> object.path("kind").asString().equals(kind)).toList();
    }

    /** The object of that kind and name. */
    static Optional<JsonNode> find(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream()
                .filter(object -> object.path("metadata").path("name").asString().equals(name)).findFirst();
    }

    private static List<JsonNode> render(String overlay) {
        String kubectl = kubectl().orElseThrow(() -> new IllegalStateException("kubectl is not installed"));
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", Repository.path("k8s/overlays/" + overlay)
                    .toString()).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize k8s/overlays/" + overlay + " failed: " + err);
            }
            try (var documents = Repository.YAML.readerFor(JsonNode.class)
                    .<JsonNode>readValues(new String(out, StandardCharsets.UTF_8))) {
                return documents.readAll().stream().filter(node -> node != null && !node.isNull()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
