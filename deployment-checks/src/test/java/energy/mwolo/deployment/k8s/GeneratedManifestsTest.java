package energy.mwolo.deployment.k8s;

import energy.mwolo.deployment.GeneratedFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The committed manifests are what the code implies today: a new service, topic or ACL shows up here first. */
class GeneratedManifestsTest {

    @Test
    void theCommittedManifestsAreTheGeneratedOnes() throws IOException {
        GeneratedFiles.assertCommitted(Manifests.files(), "mwolo.k8s.write");
    }
}
