package energy.mwolo.operations.access;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Bodies;
import energy.mwolo.operations.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer reads its own meters only: those on its sites or measuring its contracts (by its token's client_id);
 * another customer's are "not found", and a token without client_id sees nothing.
 */
class MeterOwnershipIT extends AbstractApiIT {

    private static final String PATH = "/api/operations/meters/";

    private Customer a;
    private Customer b;
    private UUID meterOfA;
    private UUID meterOfB;

    @BeforeEach
    void twoCustomersWithAMeterEach() {
        a = customer();
        b = customer();
        meterOfA = meter(a.site());
        link(meterOfA, a.contract(), "0");
        meterOfB = meter(b.site());
        link(meterOfB, b.contract(), "0");
    }

    @Test
    void aCustomerListsAndReadsItsOwnMetersWhateverTheFiltersSay() {
        String tokenA = Tokens.clientOf(a.client());

        Api.Reply all = api.get(PATH).as(tokenA).send();
        Api.Reply ofB = api.get(PATH + "?site=" + b.site()).as(tokenA).send();
        Api.Reply own = api.get(PATH + meterOfA + "/").as(tokenA).send();

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("results")).extracting(m -> m.path("id").asString())
                .containsExactly(meterOfA.toString());
        assertThat(ofB.json().path("count").asInt()).isZero();
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("contract").asString()).isEqualTo(a.contract().toString());
    }

    @Test
    void anotherCustomersMeterIsNotFound() {
        Api.Reply reply = api.get(PATH + meterOfB + "/").as(Tokens.clientOf(a.client())).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("meters.not_found");
    }

    @Test
    void aCustomerWithoutClientInItsTokenSeesNoMeter() {
        String token = Tokens.clientWithoutClient();

        Api.Reply list = api.get(PATH).as(token).send();

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("count").asInt()).isZero();
        assertThat(api.get(PATH + meterOfA + "/").as(token).send().status()).isEqualTo(404);
    }

    @Test
    void aCustomerSeesOfAMetersHistoryOnlyItsOwnContracts() {
        Customer tenant = new Customer(UUID.randomUUID(), a.site(), null);
        UUID tenantContract = contract(tenant.client(), a.site(), "active");
        unlink(meterOfA, "100");
        link(meterOfA, tenantContract, "100");

        Api.Reply seenByTenant = api.get(PATH + meterOfA + "/").as(Tokens.clientOf(tenant.client())).send();
        Api.Reply seenByStaff = api.get(PATH + meterOfA + "/").as(Tokens.operations()).send();

        assertThat(seenByTenant.status()).as(seenByTenant.toString()).isEqualTo(200);
        assertThat(seenByTenant.json().path("links")).extracting(l -> l.path("contract").asString())
                .containsExactly(tenantContract.toString());
        assertThat(seenByStaff.json().path("links")).hasSize(2);
    }

    @Test
    void aCustomerReadsNoEquipmentNorInterventionAndWritesNothing() {
        String tokenA = Tokens.clientOf(a.client());

        assertThat(api.get("/api/operations/equipment/").as(tokenA).send().status()).isEqualTo(403);
        assertThat(api.get("/api/operations/interventions/").as(tokenA).send().status()).isEqualTo(403);
        Api.Reply install = post(PATH, Bodies.meter(number(), UUID.randomUUID()), tokenA);
        Api.Reply unlink = post(PATH + meterOfA + "/unlink/", Map.of("register_kwh", "1"), tokenA);
        assertThat(install.status()).isEqualTo(403);
        assertThat(unlink.status()).isEqualTo(403);
        assertThat(install.code()).isEqualTo("auth.permission_denied");
    }
}
