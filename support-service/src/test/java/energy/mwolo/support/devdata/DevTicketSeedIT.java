package energy.mwolo.support.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.platformtest.Api;
import energy.mwolo.support.AbstractApiIT;
import energy.mwolo.support.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dev profile's ticket, as a person signed in as {@code client@mwolo.local} finds it. This context shares the
 * database with the others; its own relay is off (the other context's relay owns the slot).
 */
@ActiveProfiles("dev")
@TestPropertySource(properties = {"mwolo.outbox.relay.enabled=false", "mwolo.dev-data.retry-every=1s"})
class DevTicketSeedIT extends AbstractApiIT {

    @Autowired
    private DevTicketSeed seed;

    @Test
    void onceCrmAnnouncesTheDevCustomerItsInvoiceQuestionIsInThePortalAndNeverOpenedTwice() {
        assertThat(seed.seed()).as("nothing to do before crm announces the customer").isFalse();

        // As crm's dev seed files it: at no agency (so no agent's turn of the other tests is taken either).
        registerClient(DevCustomer.clientId(), null);

        String token = Tokens.client(DevCustomer.clientId());
        Awaitility.await().atMost(WAIT).until(() -> get("/api/support/tickets/", token).json().path("count")
                .asLong() == 1);
        assertThat(seed.seed()).as("a later start finds the ticket").isTrue();
        Api.Reply tickets = get("/api/support/tickets/", token);
        assertThat(tickets.json().path("count").asLong()).isEqualTo(1);
        JsonNode ticket = tickets.json().path("results").get(0);
        assertThat(ticket.path("subject").asString()).isEqualTo(DevTicketSeed.SUBJECT);
        assertThat(ticket.path("category").asString()).isEqualTo("billing");
        assertThat(ticket.path("client").asString()).isEqualTo(DevCustomer.clientId().toString());
        assertThat(ticket.path("site").asString()).isEqualTo(DevCustomer.homeSiteId().toString());
        assertThat(ticket.path("agency").isNull()).as("the customer's agency: none").isTrue();
        assertThat(ticket.path("opened_by").asString()).isEqualTo(DevCustomer.userId().toString());
        assertThat(ticket.path("status").asString()).isEqualTo("open");
    }
}
