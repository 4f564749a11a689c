package energy.mwolo.deployment.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.deployment.observability.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed manifests are what the code implies today: a new service, topic or ACL shows up here first. */
class GeneratedManifestsTest {

    @Test
    void theCommittedManifestsAreTheGeneratedOnes() throws IOException {
        boolean write = Boolean.getBoolean("mwolo.k8s.write");
        for (Map.Entry<String, String> file : Manifests.files().entrySet()) {
            Path path = Repository.path(file.getKey());
            if (write) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            assertThat(Files.exists(path)).as(file.getKey() + " exists (run with -Dmwolo.k8s.write=true)").isTrue();
            assertThat(Files.readString(path)).as(file.getKey() + " is up to date (run with -Dmwolo.k8s.write=true)")
                    .isEqualTo(file.getValue());
        }
    }
}
