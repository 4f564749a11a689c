package energy.mwolo.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.Tokens;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Budgets as the test configuration sets them ({@link GatewayIT}): login 5 per address, register 2 per address, public
 * POSTs 2 per address, 30 requests per user. Each test uses its own addresses and users.
 */
class RateLimitIT extends GatewayIT {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Test
    void limitsLoginAttemptsPerAddress() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(login(address, "user" + i + "@example.cd").status()).isEqualTo(200);
        }

        Api.Reply refused = login(address, "another@example.cd");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("rate.limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(login(freshAddress(), "another@example.cd").status()).isEqualTo(200);
    }

    @Test
    void anAttackerGuessingFromOneAddressDoesNotLockTheOwnerOutFromAnother() {
        String attacker = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(login(attacker, "owner@example.cd").status()).isEqualTo(200);
        }
        assertThat(login(attacker, "owner@example.cd").status()).as("the attacker's address").isEqualTo(429);
        for (int i = 0; i < 5; i++) {
            login(freshAddress(), "Owner@Example.cd");
        }

        Api.Reply owner = login(freshAddress(), "owner@example.cd");

        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
    }

    @Test
    void passesTheLoginBodyOnUntouched() {
        String body = "{\"email\":\"intact@example.cd\",\"password\":\"Kinshasa-2026 é\"}";

        Api.Reply reply = api.post("/api/auth/login/", body).from(freshAddress()).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("body").asString()).isEqualTo(body);
    }

    @Test
    void limitsRegistrationsPerAddress() {
        String address = freshAddress();
        assertThat(post("/api/auth/register/", address).status()).isEqualTo(200);
        assertThat(post("/api/auth/register/", address).status()).isEqualTo(200);

        assertThat(post("/api/auth/register/", address).status()).isEqualTo(429);
    }

    @Test
    void confirmingAnAddressOrAskingForANewLinkSpendsTheRegistrationBudget() {
        String address = freshAddress();
        assertThat(post("/api/auth/register/", address).status()).isEqualTo(200);
        assertThat(post("/api/auth/register/confirm/", address).status()).isEqualTo(200);

        assertThat(post("/api/auth/register/resend/", address).status()).isEqualTo(429);
    }

    @Test
    void limitsPasswordResetsPerAddress() {
        String address = freshAddress();
        assertThat(post("/api/auth/password/reset/", address).status()).isEqualTo(200);
        assertThat(post("/api/auth/password/reset/confirm/", address).status()).isEqualTo(200);

        assertThat(post("/api/auth/password/reset/", address).status()).isEqualTo(429);
    }

    @Test
    void limitsOtherPublicPostsPerAddress() {
        String address = freshAddress();
        assertThat(post("/api/cms/leads/", address).status()).isEqualTo(200);
        assertThat(post("/api/cms/leads/", address).status()).isEqualTo(200);

        assertThat(post("/api/cms/leads/", address).status()).isEqualTo(429);
        assertThat(post("/api/cms/leads/", freshAddress()).status()).isEqualTo(200);
    }

    @Test
    void theWebsiteFormsShareOneBudgetPerAddress() {
        String address = freshAddress();
        assertThat(post("/api/cms/newsletter/subscribe/", address).status()).isEqualTo(200);
        assertThat(post("/api/cms/testimonial-submissions/", address).status()).isEqualTo(200);

        assertThat(post("/api/cms/job-offers/" + java.util.UUID.randomUUID() + "/applications/", address).status())
                .isEqualTo(429);
    }

    @Test
    void limitsEachSignedInUserSeparately() {
        String busy = Tokens.user("SALES_AGENT");
        for (int i = 0; i < 30; i++) {
            assertThat(api.get("/api/crm/clients/").as(busy).send().status()).isEqualTo(200);
        }

        // 30 a minute refill one every 2 s: on a slow machine a token may come back before the 31st request.
        Api.Reply refused = api.get("/api/crm/clients/").as(busy).send();
        for (int extra = 0; extra < 5 && refused.status() == 200; extra++) {
            refused = api.get("/api/crm/clients/").as(busy).send();
        }

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(api.get("/api/crm/clients/").as(Tokens.user("SALES_AGENT")).send().status()).isEqualTo(200);
    }

    private Api.Reply login(String address, String email) {
        return api.post("/api/auth/login/", "{\"email\":\"" + email + "\",\"password\":\"wrong-password\"}")
                .from(address).send();
    }

    private Api.Reply post(String path, String address) {
        return api.post(path, "{}").from(address).send();
    }

    private static String freshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "203.0." + (n / 250) + "." + (n % 250 + 1);
    }
}
