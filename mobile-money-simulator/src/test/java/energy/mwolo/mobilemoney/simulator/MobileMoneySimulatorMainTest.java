package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MobileMoneySimulatorMainTest {

    @Test
    void anArgumentWinsOverTheEnvironmentAndABlankValueIsNone() {
        Function<String, String> option = MobileMoneySimulatorMain.options(
                new String[] {"--port=0", "--airtel-callback-url= "},
                Map.of("MWOLO_MOBILE_MONEY_SIMULATOR_PORT", "8090",
                        "MWOLO_MOBILE_MONEY_SIMULATOR_MPESA_CALLBACK_URL", "http://127.0.0.1:8080/mpesa/",
                        "MWOLO_MOBILE_MONEY_SIMULATOR_AIRTEL_CALLBACK_URL", "http://127.0.0.1:8080/airtel/"));

        assertThat(option.apply("port")).isEqualTo("0");
        assertThat(option.apply("mpesa-callback-url")).isEqualTo("http://127.0.0.1:8080/mpesa/");
        assertThat(option.apply("airtel-callback-url")).isNull();
        assertThat(option.apply("host")).isNull();
    }

    @Test
    void startsOnLoopbackWithTheCallbackUrlsGiven() {
        Function<String, String> option = MobileMoneySimulatorMain.options(new String[] {"--port=0",
                "--mpesa-callback-url=http://127.0.0.1:8080/api/billing/webhooks/mpesa/",
                "--mpesa-c2b-callback-url=http://127.0.0.1:8080/api/billing/webhooks/mpesa/c2b/"}, Map.of());

        try (MobileMoneySimulator simulator = MobileMoneySimulatorMain.start(option)) {
            assertThat(simulator.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(simulator.settings(Provider.MPESA).callbackUrl())
                    .isEqualTo("http://127.0.0.1:8080/api/billing/webhooks/mpesa/");
            assertThat(simulator.settings(Provider.MPESA).c2bCallbackUrl())
                    .isEqualTo("http://127.0.0.1:8080/api/billing/webhooks/mpesa/c2b/");
            assertThat(simulator.settings(Provider.AIRTEL).callbackUrl()).isNull();
            assertThat(simulator.billingEnvironment()).containsEntry("MWOLO_MOBILE_MONEY_MPESA_BASE_URL",
                    simulator.baseUrl() + "/mpesa");
        }
    }

    @Test
    void refusesAPortThatIsNotOne() {
        Function<String, String> option = MobileMoneySimulatorMain.options(new String[] {"--port=http"}, Map.of());

        assertThatThrownBy(() -> MobileMoneySimulatorMain.start(option)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }
}
