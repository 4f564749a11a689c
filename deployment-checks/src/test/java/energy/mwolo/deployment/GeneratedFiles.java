package energy.mwolo.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.deployment.observability.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Files generated from the code and committed (Kubernetes manifests, the compose file): each must equal what the code
 * implies today. Run with the system property {@code writeProperty} set to {@code true}, the files are written first.
 */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** Asserts each file (path under the repository, content) is committed as generated, after writing it if asked. */
    public static void assertCommitted(Map<String, String> files, String writeProperty) throws IOException {
        boolean write = Boolean.getBoolean(writeProperty);
        String hint = " (run with -D" + writeProperty + "=true)";
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = Repository.path(file.getKey());
            if (write) {
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                Files.writeString(path, file.getValue());
            }
            assertThat(Files.exists(path)).as(file.getKey() + " exists" + hint).isTrue();
            assertThat(Files.readString(path)).as(file.getKey() + " is up to date" + hint).isEqualTo(file.getValue());
        }
    }
}
