package energy.mwolo.geo.agencies;

import static energy.mwolo.geo.agencies.AgencyBodies.agencyIn;
import static energy.mwolo.geo.agencies.AgencyBodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.geo.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.Api.Reply;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public agency list serves registration forms and the website: it shows where agencies are, not which staff
 * member's account manages each one. Staff who read agencies still see the manager.
 */
class AgencyManagerIT extends AbstractApiIT {

    private static final String AGENCIES = "/api/agencies/";

    @Test
    void anonymousCallersAndCustomersDoNotSeeWhoManagesAnAgency() {
        UUID manager = UUID.randomUUID();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = open("Agence managée " + tag, manager);

        for (String token : new String[] {null, Tokens.client()}) {
            JsonNode detail = get(api.get(AGENCIES + id + "/"), token);
            JsonNode listed = get(api.get(AGENCIES + "?search=" + tag), token).path("results").path(0);

            assertThat(detail.path("name").asString()).isEqualTo("Agence managée " + tag);
            assertThat(detail.path("manager").isNull()).as("detail, token %s", token).isTrue();
            assertThat(listed.path("id").asString()).isEqualTo(id);
            assertThat(listed.path("manager").isNull()).as("list, token %s", token).isTrue();
        }
    }

    @Test
    void staffWhoReadAgenciesSeeTheManager() {
        UUID manager = UUID.randomUUID();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = open("Agence du gérant " + tag, manager);

        for (String token : new String[] {Tokens.withPermissions("agencies:read"), Tokens.admin()}) {
            assertThat(get(api.get(AGENCIES + id + "/"), token).path("manager").asString())
                    .isEqualTo(manager.toString());
            assertThat(get(api.get(AGENCIES + "?search=" + tag), token).path("results").path(0).path("manager")
                    .asString()).isEqualTo(manager.toString());
        }
    }

    private String open(String name, UUID manager) {
        Reply opened = api.post(AGENCIES, with(agencyIn("KN", name), "manager", manager.toString()))
                .as(Tokens.admin()).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().path("id").asString();
    }

    private static JsonNode get(Api.Call call, String token) {
        Reply reply = token == null ? call.send() : call.as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
