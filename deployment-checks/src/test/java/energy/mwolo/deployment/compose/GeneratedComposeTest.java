package energy.mwolo.deployment.compose;

import energy.mwolo.deployment.GeneratedFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The committed compose file and its .env example are what the code implies today. */
class GeneratedComposeTest {

    @Test
    void theCommittedComposeFileAndEnvironmentExampleAreTheGeneratedOnes() throws IOException {
        GeneratedFiles.assertCommitted(ComposeFile.files(), "mwolo.compose.write");
    }
}
