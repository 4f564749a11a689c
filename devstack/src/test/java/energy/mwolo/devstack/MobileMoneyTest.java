package energy.mwolo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.ProviderSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MobileMoneyTest {

    @Test
    void eachProviderCallsBillingsWebhookOfItsOwnNameWhateverTheTrailingSlash() {
        Map<Provider, ProviderSettings> settings = MobileMoney.settings("http://localhost:8080/api/billing/webhooks/");

        assertThat(settings.get(Provider.MPESA).callbackUrl())
                .isEqualTo("http://localhost:8080/api/billing/webhooks/mpesa/");
        assertThat(settings.get(Provider.MPESA).c2bCallbackUrl())
                .isEqualTo("http://localhost:8080/api/billing/webhooks/mpesa/c2b/");
        assertThat(MobileMoney.settings("http://localhost:8080/api/billing/webhooks").get(Provider.AGGREGATOR)
                .callbackUrl()).isEqualTo("http://localhost:8080/api/billing/webhooks/aggregator/");
        assertThat(settings.get(Provider.AIRTEL).defaultScenario())
                .isEqualTo(ProviderSettings.defaults(Provider.AIRTEL).defaultScenario());
    }
}
