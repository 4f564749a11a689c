package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void refusesNoCopyTooManyCopiesANegativeOrTooLongDelay() {
        Scenario success = Scenario.of(Scenario.Result.SUCCESS);
        assertThatThrownBy(() -> success.withCopies(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> success.withCopies(Scenario.MAX_COPIES + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> success.withDelay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> success.withDelay(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankCodeMeansTheProvidersUsualOne() {
        assertThat(Scenario.failure(" ").code()).isNull();
    }

    @Test
    void aReferenceOverrideWinsOverANumberOverrideWhichWinsOverTheDefaultWhateverTheNumbersWriting() {
        Script script = new Script(Map.of(Provider.MPESA, ProviderSettings.defaults(Provider.MPESA)));
        Scenario byNumber = Scenario.of(Scenario.Result.INSUFFICIENT_BALANCE);
        Scenario byReference = Scenario.of(Scenario.Result.TIMEOUT);
        script.forMsisdn("+243 812 345 678", byNumber);
        script.forReference("REF-1", byReference);

        assertThat(script.scenarioFor(Provider.MPESA, "REF-1", "243812345678")).isEqualTo(byReference);
        assertThat(script.scenarioFor(Provider.MPESA, "REF-2", "0812345678")).isEqualTo(byNumber);
        assertThat(script.scenarioFor(Provider.MPESA, "REF-2", "812345678")).isEqualTo(byNumber);
        assertThat(script.scenarioFor(Provider.MPESA, "REF-2", "243899999999"))
                .isEqualTo(ProviderSettings.defaults(Provider.MPESA).defaultScenario());

        script.forMsisdn("812345678", null);
        script.reset();
        assertThat(script.msisdnOverrides()).isEmpty();
        assertThat(script.referenceOverrides()).isEmpty();
    }
}
