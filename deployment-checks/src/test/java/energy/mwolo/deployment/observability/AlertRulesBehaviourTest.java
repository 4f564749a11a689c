package energy.mwolo.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each alert fires on the series the services publish and stays quiet while they are calm: Prometheus's own rule
 * tests ({@code deploy/observability/prometheus/alerts.test.yml}), run by {@code promtool} where it is installed
 * (Debian package {@code prometheus}, or {@code PROMTOOL} naming the binary); skipped elsewhere.
 */
class AlertRulesBehaviourTest {

    @Test
    void everyAlertFiresOnItsSignalAndOnlyThen() throws IOException, InterruptedException {
        Optional<Path> promtool = promtool();
        assumeTrue(promtool.isPresent(), "promtool is not installed");

        Process run = new ProcessBuilder(promtool.get().toString(), "test", "rules", "alerts.test.yml")
                .directory(Repository.path("deploy/observability/prometheus").toFile())
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
    }

    private static Optional<Path> promtool() {
        return Repository.tool("PROMTOOL", "promtool");
    }
}
