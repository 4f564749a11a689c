package energy.mwolo.crm.access;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A customer whose token carries no {@code client_id} yet (its address not confirmed, or no client linked) sees
 * nothing: empty lists, 404 for its own client and for anyone's records, even a client whose row names its account.
 */
class CustomerWithoutClientIT extends AbstractApiIT {

    private UUID account;
    private String token;
    private UUID client;

    @BeforeEach
    void aCustomerWithoutClientAndAClientWithRecords() {
        account = UUID.randomUUID();
        token = Tokens.clientUser(account);
        client = client();
        UUID site = site(client);
        contract(client, site);
        api.post("/api/crm/interactions/", Map.of("client", client.toString(), "type", "call", "summary",
                "Appel de bienvenue")).as(Tokens.salesAgent()).send();
    }

    @ParameterizedTest(name = "/api/crm/{0}/")
    @ValueSource(strings = {"clients", "sites", "contracts", "interactions"})
    void everyListIsEmpty(String list) {
        Api.Reply all = api.get("/api/crm/" + list + "/").as(token).send();
        Api.Reply filtered = api.get("/api/crm/" + list + "/?client=" + client).as(token).send();

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().path("count").asInt()).isZero();
        assertThat(all.json().path("results").isEmpty()).isTrue();
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.json().path("count").asInt()).isZero();
    }

    @Test
    void itsOwnClientIsNotFoundEvenWhenAClientRowNamesTheAccount() {
        Api.Reply linked = api.post("/api/crm/clients/" + client + "/account/", Map.of("user_id", account.toString()))
                .as(Tokens.salesAgent()).send();
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);

        Api.Reply me = api.get("/api/crm/clients/me/").as(token).send();
        Api.Reply record = api.get("/api/crm/clients/" + client + "/").as(token).send();

        assertThat(me.status()).as(me.toString()).isEqualTo(404);
        assertThat(record.status()).isEqualTo(404);
        assertThat(api.get("/api/crm/clients/me/").as(Tokens.clientOf(client)).send().json().path("id").asString())
                .as("once the token names the client").isEqualTo(client.toString());
    }
}
