package energy.mwolo.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.platformtest.Api;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Providers' callbacks as the test configuration limits them ({@link GatewayIT}): 4 per address, Orange 3 from all
 * addresses together, Airtel 1,000, any unconfigured provider code 2 together, bodies up to 16 KiB. M-Pesa keeps its
 * production budget (other tests call it).
 */
class WebhookLimitsIT extends GatewayIT {

    private static final String AIRTEL = "/api/billing/webhooks/airtel/";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Test
    void limitsEachProviderWhateverTheAddressItCallsFrom() {
        for (int i = 0; i < 3; i++) {
            assertThat(callback("orange", freshAddress()).status()).isEqualTo(200);
        }

        Api.Reply refused = callback("orange", freshAddress());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("rate.limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(callback("airtel", freshAddress()).status()).as("another provider").isEqualTo(200);
    }

    @Test
    void inventedProviderCodesShareOneBudget() {
        assertThat(callback("invented-1", freshAddress()).status()).isEqualTo(200);
        assertThat(callback("invented-2", freshAddress()).status()).isEqualTo(200);

        Api.Reply refused = callback("invented-3", freshAddress());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate.limited");
    }

    @Test
    void stillLimitsEachAddress() {
        String address = freshAddress();
        for (int i = 0; i < 4; i++) {
            assertThat(callback("airtel", address).status()).isEqualTo(200);
        }

        assertThat(callback("airtel", address).status()).isEqualTo(429);
        assertThat(callback("airtel", freshAddress()).status()).isEqualTo(200);
    }

    @Test
    void refusesACallbackBodyAboveTheWebhookLimitWith413() {
        byte[] large = "x".repeat(17 * 1024).getBytes(StandardCharsets.UTF_8);

        Api.Reply refused = api.method("POST", AIRTEL).body(large).from(freshAddress()).send();
        Api.Reply chunked = api.method("POST", AIRTEL).chunkedBody(large).from(freshAddress()).send();

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("request.too_large");
        assertThat(chunked.status()).isEqualTo(413);
        byte[] small = "x".repeat(15 * 1024).getBytes(StandardCharsets.UTF_8);
        assertThat(api.method("POST", AIRTEL).body(small).from(freshAddress()).send().status()).isEqualTo(200);
    }

    private Api.Reply callback(String provider, String address) {
        return api.post("/api/billing/webhooks/" + provider + "/", "{}").from(address).send();
    }

    private static String freshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }
}
