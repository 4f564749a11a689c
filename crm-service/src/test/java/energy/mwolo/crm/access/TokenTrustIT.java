package energy.mwolo.crm.access;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.TestTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a token must be for this service to believe it, on the service's own port: it expires, and only
 * identity-service's tokens tie a customer to a client. Another trusted issuer (Keycloak) authenticates its users
 * with their roles and permissions, but its {@code client_id} (Keycloak's name of the OAuth client, or anything its
 * administrators put there) opens nobody's records.
 */
class TokenTrustIT extends AbstractApiIT {

    @Test
    void aTokenThatNeverExpiresIsRefused() {
        String forever = TestTokens.anyUser().roles("SUPER_ADMIN").withoutExpiry().mint();

        Api.Reply reply = api.get("/api/crm/clients/").as(forever).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("auth.invalid_token");
    }

    @Test
    void aCustomerTokenOfAnotherIssuerOpensNoClientWhateverItsClientIdSays() {
        UUID client = client();
        String keycloakShaped = TestTokens.anyUser().issuer(TestTokens.EXTERNAL_ISSUER).roles("CLIENT")
                .perms("crm:read").client(client).mint();

        site(client);

        Api.Reply record = api.get("/api/crm/clients/" + client + "/").as(keycloakShaped).send();

        assertThat(record.status()).as(record.toString()).isEqualTo(404);
        for (String list : List.of("/api/crm/clients/", "/api/crm/sites/", "/api/crm/contracts/")) {
            Api.Reply listed = api.get(list).as(keycloakShaped).send();
            assertThat(listed.status()).as(list + ": a valid token, the issuer is trusted " + listed).isEqualTo(200);
            assertThat(listed.json().path("count").asInt()).as(list).isZero();
        }
        assertThat(api.get("/api/crm/clients/" + client + "/").as(Tokens.clientOf(client)).send().status())
                .as("the same claim from identity-service").isEqualTo(200);
    }
}
