package energy.mwolo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.platform.probe.AbstractProbeIT;
import energy.mwolo.platform.probe.LeadEntry;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox in a service whose aggregates are JPA entities: the entity's change and the outbox row share the
 * JpaTransactionManager's transaction (the outbox writes through the connection Hibernate holds), and the relay
 * publishes the event only once that transaction committed.
 */
class OutboxJpaIT extends AbstractProbeIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final EventContract<LeadNoted> NOTED =
            new EventContract<>("probe", "lead", "LeadNoted", 1, LeadNoted.class);

    /** The event of a lead entry, keyed by the entry's email so a test finds its own events. */
    record LeadNoted(String email, String note) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    @Autowired
    private Outbox outbox;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void everyTransactionHereIsAJpaTransaction() {
        assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
    }

    @Test
    void anEntityChangeAndItsEventCommitTogetherAndTheEventIsPublished() {
        String email = unique();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> noteLead(email, "committed"));

        assertThat(leads(email)).isEqualTo(1);
        assertThat(outboxRows(email)).isEqualTo(1);
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), NOTED.topic())) {
            List<ReceivedEvent> received = events.awaitAtLeast(1, keyed(email), DELIVERY);
            assertThat(received).singleElement().satisfies(event -> {
                assertThat(note(event)).isEqualTo("committed");
                assertThat(event.header("ce_type")).isEqualTo("probe.LeadNoted");
            });
        }
    }

    @Test
    void anExceptionAfterBothWritesRollsBackTheEntityAndTheEventAndNothingIsPublished() {
        String email = unique();

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            noteLead(email, "rolled back");
            // The entity's INSERT has reached the database too, not only Hibernate's session.
            entityManager.flush();
            throw new IllegalStateException("the use case fails after both writes");
        })).hasMessage("the use case fails after both writes");

        assertThat(leads(email)).isZero();
        assertThat(outboxRows(email)).isZero();
        // A later event of the same key lands on the same partition after anything committed before it.
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> noteLead(email, "marker"));
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), NOTED.topic())) {
            events.awaitAtLeast(1, keyed(email), DELIVERY);
            assertThat(events.readAll(Duration.ofSeconds(1))).filteredOn(keyed(email))
                    .extracting(OutboxJpaIT::note).containsExactly("marker");
        }
    }

    @Test
    void theRelaySeesTheEventOnlyOnceItsTransactionCommits() throws Exception {
        String email = unique();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    noteLead(email, "held");
                    entityManager.flush();
                    written.countDown();
                    await(commit);
                }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), NOTED.topic())) {
            assertThat(leads(email)).as("seen from outside the open transaction").isZero();
            assertThat(outboxRows(email)).as("seen from outside the open transaction").isZero();
            // Committed after the held one was written, yet before it: the relay publishes it, and only it.
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> noteLead(email, "later"));
            events.awaitAtLeast(1, keyed(email), DELIVERY);
            assertThat(events.readAll(Duration.ofSeconds(1))).filteredOn(keyed(email))
                    .extracting(OutboxJpaIT::note).containsExactly("later");

            commit.countDown();
            held.get(30, TimeUnit.SECONDS);

            List<ReceivedEvent> both = events.awaitAtLeast(2, keyed(email), DELIVERY);
            assertThat(both).extracting(OutboxJpaIT::note).containsExactly("later", "held");
        } finally {
            commit.countDown();
        }
        assertThat(leads(email)).isEqualTo(2);
    }

    @Test
    void eventsPublishedTogetherAreRelayedInTheirOrderOnceTheTransactionCommits() {
        String email = unique();
        List<Outbox.Keyed<LeadNoted>> notes = List.of("first", "second", "third").stream()
                .map(note -> new Outbox.Keyed<>(email, new LeadNoted(email, note))).toList();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.publishAll(NOTED, notes));

        assertThat(outboxRows(email)).isEqualTo(3);
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), NOTED.topic())) {
            assertThat(events.awaitAtLeast(3, keyed(email), DELIVERY)).extracting(OutboxJpaIT::note)
                    .containsExactly("first", "second", "third");
        }
    }

    @Test
    void eventsPublishedTogetherKeepTabsNewlinesBackslashesAndAccentsOfTheirPayload() {
        String email = unique();
        String note = "tab\there\r\nnew line, back\\slash \\N, accents éà, 1 234 FC";

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.publishAll(NOTED,
                List.of(new Outbox.Keyed<>(email, new LeadNoted(email, note)))));

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), NOTED.topic())) {
            assertThat(events.awaitAtLeast(1, keyed(email), DELIVERY)).extracting(OutboxJpaIT::note)
                    .containsExactly(note);
        }
    }

    @Test
    void eventsPublishedTogetherAreGoneWithTheirRolledBackTransaction() {
        String email = unique();

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.publishAll(NOTED, List.of(new Outbox.Keyed<>(email, new LeadNoted(email, "rolled back"))));
            throw new IllegalStateException("the use case fails after the writes");
        })).hasMessage("the use case fails after the writes");

        assertThat(outboxRows(email)).isZero();
    }

    @Test
    void eventsAreNotPublishedTogetherOutsideATransaction() {
        String email = unique();

        assertThatThrownBy(() -> outbox.publishAll(NOTED,
                List.of(new Outbox.Keyed<>(email, new LeadNoted(email, "alone")))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(outboxRows(email)).isZero();
    }

    private void noteLead(String email, String note) {
        entityManager.persist(new LeadEntry(UUID.randomUUID(), email, null, null));
        outbox.publish(NOTED, email, new LeadNoted(email, note));
    }

    private long leads(String email) {
        return jdbc.sql("SELECT count(*) FROM probe_leads WHERE email = ?").param(email).query(Long.class).single();
    }

    private long outboxRows(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ?").param(email).query(Long.class)
                .single();
    }

    private static String note(ReceivedEvent event) {
        return ContractJson.read(event.value(), LeadNoted.class).note();
    }

    private static Predicate<ReceivedEvent> keyed(String email) {
        return event -> email.equals(event.key());
    }

    private static String unique() {
        return "lead-" + UUID.randomUUID() + "@example.cd";
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
