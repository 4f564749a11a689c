package energy.mwolo.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.identity.AgencyEvents;
import energy.mwolo.identity.Claims;
import energy.mwolo.identity.ClientEvents;
import energy.mwolo.identity.Customers;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * crm-service's client events, on the real broker, tie an account to its CRM client, and the next token carries
 * {@code client_id}; but only under identity's rules. Events are published straight onto the topic here, as anyone
 * able to write to it could: a client event naming an account links it only when the account's email is confirmed
 * and is the client's, and a staff link never moves an account tied to another client.
 */
class ClientLinkIT extends AbstractApiIT {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    private Agencies agencies;

    @Autowired
    private JdbcClient jdbc;

    private AgencyEvents geo;
    private ClientEvents crm;

    @BeforeEach
    void connectToTheBroker() {
        geo = new AgencyEvents(bootstrapServers());
        crm = new ClientEvents(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        geo.close();
        crm.close();
    }

    @Test
    void aClientWithTheConfirmedEmailOfTheAccountShowsInTheNextTokenAndOnTheAccount() {
        Customer customer = registerCustomer(true);
        UUID client = UUID.randomUUID();

        crm.publish(ClientEvents.registered(client, customer.id(), customer.email.toUpperCase()));

        await(() -> client.toString().equals(customer.refreshedClaims().path("client_id").asString()));
        JsonNode me = api.get("/api/auth/me/").as(customer.access).send().json();
        assertThat(me.path("client").asString()).isEqualTo(client.toString());
        assertThat(Claims.of(accounts.signIn(customer.email, Customers.PASSWORD).access()).path("client_id")
                .asString()).isEqualTo(client.toString());
    }

    @Test
    void aForgedClientEventForAnAccountWhoseEmailIsNotConfirmedChangesNothing() {
        Customer intruder = registerCustomer(false);
        UUID client = UUID.randomUUID();

        UUID registered = crm.publish(ClientEvents.registered(client, intruder.id(), intruder.email));
        UUID updated = crm.publish(ClientEvents.updated(client, intruder.id(), intruder.email));
        awaitApplied(registered);
        awaitApplied(updated);

        assertThat(linkedClient(intruder.id())).isNull();
        assertThat(intruder.refreshedClaims().has("client_id")).isFalse();
    }

    @Test
    void aClientWithAnotherEmailIsNotRecordedEvenOnAConfirmedAccount() {
        Customer customer = registerCustomer(true);
        UUID client = UUID.randomUUID();

        UUID updated = crm.publish(ClientEvents.updated(client, customer.id(), "quelqu.un.d.autre@example.cd"));
        UUID registered = crm.publish(ClientEvents.registered(client, customer.id()));
        awaitApplied(updated);
        awaitApplied(registered);

        assertThat(linkedClient(customer.id())).isNull();
        assertThat(customer.refreshedClaims().has("client_id")).isFalse();
    }

    @Test
    void aStaffLinkIsRecordedWhateverTheEmailsButNeverMovesAnAccountLinkedElsewhere() {
        Customer customer = registerCustomer(false);
        UUID client = UUID.randomUUID();
        UUID staff = UUID.randomUUID();

        crm.publish(ClientEvents.staffLinked(client, customer.id(), staff));
        await(() -> client.equals(linkedClient(customer.id())));
        UUID elsewhere = crm.publish(ClientEvents.staffLinked(UUID.randomUUID(), customer.id(), staff));
        awaitApplied(elsewhere);

        assertThat(linkedClient(customer.id())).isEqualTo(client);
        assertThat(customer.refreshedClaims().path("client_id").asString()).isEqualTo(client.toString());
    }

    @Test
    void theSameEventTwiceOrAnUnchangedLinkPublishesOneUserUpdatedAtMost() {
        Accounts.Created account = accounts.create("CLIENT");
        UUID client = UUID.randomUUID();
        UUID first = crm.publish(ClientEvents.registered(client, account.id(), account.email()));
        await(() -> client.equals(linkedClient(account.id())));

        crm.publish(first, ClientEvents.registered(client, account.id(), account.email()));
        crm.publish(ClientEvents.updated(client, account.id(), account.email()));
        crm.publish(ClientEvents.staffLinked(client, account.id(), UUID.randomUUID()));
        crm.publish(ClientEvents.statusChanged(client));
        // A type identity does not handle leaves no inbox row; an update naming no account does. Same key, same
        // partition: once that last event is in the inbox, the ones before it were handled too.
        UUID last = crm.publish(ClientEvents.updated(client, null));
        awaitApplied(last);

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.IDENTITY_USER_EVENTS)) {
            String key = account.id().toString();
            events.awaitAtLeast(1, e -> key.equals(e.key()) && "identity.UserUpdated".equals(e.header("ce_type")),
                    Duration.ofSeconds(90));
            List<ReceivedEvent> updates = events.readAll(Duration.ofSeconds(2)).stream()
                    .filter(e -> key.equals(e.key()) && "identity.UserUpdated".equals(e.header("ce_type")))
                    .toList();
            assertThat(updates).hasSize(1);
            assertThat(updates.get(0).value()).contains(client.toString());
        }
    }

    @Test
    void anAccountLinkedToAClientKeepsItWhenAnotherClientNamesIt() {
        Accounts.Created account = accounts.create("CLIENT");
        UUID firstClient = UUID.randomUUID();
        crm.publish(ClientEvents.registered(firstClient, account.id(), account.email()));
        await(() -> firstClient.equals(linkedClient(account.id())));

        UUID other = crm.publish(ClientEvents.registered(UUID.randomUUID(), account.id(), account.email()));
        awaitApplied(other);

        assertThat(linkedClient(account.id())).isEqualTo(firstClient);
    }

    @Test
    void eventsWithoutAnAccountOrForAnUnknownOneChangeNothing() {
        UUID withoutAccount = crm.publish(ClientEvents.registered(UUID.randomUUID(), null));
        UUID unknownAccount = crm.publish(ClientEvents.updated(UUID.randomUUID(), UUID.randomUUID()));
        UUID unknownStaffLink = crm.publish(ClientEvents.staffLinked(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID()));

        awaitApplied(withoutAccount);
        awaitApplied(unknownAccount);
        awaitApplied(unknownStaffLink);
    }

    private void awaitApplied(UUID eventId) {
        await(() -> jdbc.sql("select count(*) from inbox where event_id = ?").param(eventId).query(Long.class)
                .single() == 1);
    }

    private UUID linkedClient(UUID user) {
        return jdbc.sql("select client_id from users where id = ?").param(user).query(UUID.class).optional()
                .orElse(null);
    }

    private static void await(BooleanSupplier condition) {
        Awaitility.await().atMost(CONSUMED).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }

    /** A self-registered customer, signed in; its address confirmed through the mailed link or not. */
    private Customer registerCustomer(boolean confirmed) {
        UUID agency = UUID.randomUUID();
        geo.publish(AgencyEvents.opened(agency, "AG-KN-" + (100 + (agency.hashCode() & 0x1FF)), true,
                Instant.now()));
        await(() -> agencies.isOpen(agency));
        String email = Accounts.uniqueEmail("saga");
        String token = customers.registerAndReadLink(email, agency);
        if (confirmed) {
            assertThat(customers.confirm(token, Customers.PASSWORD).status()).isEqualTo(204);
        }
        Accounts.Signed signed = accounts.signIn(email, Customers.PASSWORD);
        assertThat(Claims.of(signed.access()).has("client_id")).isFalse();
        return new Customer(email, signed.access(), signed.refresh());
    }

    /** A signed-in customer; each refresh spends the refresh token, so the session follows the newest pair. */
    private final class Customer {

        private final String email;
        private String access;
        private String refresh;

        private Customer(String email, String access, String refresh) {
            this.email = email;
            this.access = access;
            this.refresh = refresh;
        }

        UUID id() {
            return UUID.fromString(Claims.of(access).path("sub").asString());
        }

        JsonNode refreshedClaims() {
            Api.Reply reply = api.post("/api/auth/refresh/", Map.of("refresh", refresh)).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            access = reply.json().path("access").asString();
            refresh = reply.json().path("refresh").asString();
            return Claims.of(access);
        }
    }
}
