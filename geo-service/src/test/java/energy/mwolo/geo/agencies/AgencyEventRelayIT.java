package energy.mwolo.geo.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.platform.outbox.Outbox;
import energy.mwolo.platform.outbox.relay.OutboxRelay;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay between the outbox and Kafka under stress: restarted while events are being written. Events are written
 * straight through the Outbox (the relay is what is under test, not the agency rules). Its throughput and latency are
 * measured by platform's {@code OutboxRelayBenchmark}, in the benchmark profile.
 */
class AgencyEventRelayIT extends AbstractApiIT {

    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Autowired
    private Outbox outbox;

    @Autowired
    private OutboxRelay relay;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void restartingTheRelayWhileOneThousandEventsAreWrittenLosesNone() throws Exception {
        String run = newRun();
        CountDownLatch thirdWritten = new CountDownLatch(300);
        CountDownLatch twoThirdsWritten = new CountDownLatch(700);
        CompletableFuture<List<String>> writing = CompletableFuture.supplyAsync(() -> {
            List<String> written = new ArrayList<>();
            for (int batch = 0; batch < 100; batch++) {
                written.addAll(writeEvents(run, 10));
                for (int i = 0; i < 10; i++) {
                    thirdWritten.countDown();
                    twoThirdsWritten.countDown();
                }
            }
            return written;
        });

        assertThat(thirdWritten.await(60, TimeUnit.SECONDS)).isTrue();
        relay.stop();
        assertThat(twoThirdsWritten.await(60, TimeUnit.SECONDS)).isTrue();
        relay.start();
        List<String> written = writing.get(60, TimeUnit.SECONDS);

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_AGENCY_EVENTS)) {
            List<ReceivedEvent> received = events.awaitAtLeast(written.size(), ofRun(run), DELIVERY);
            received = events.readAll(Duration.ofSeconds(2)).stream().filter(ofRun(run)::test).toList();
            Set<String> distinct = new HashSet<>();
            received.forEach(e -> distinct.add(e.key()));

            assertThat(distinct).containsExactlyInAnyOrderElementsOf(written);
            System.out.printf("Relay restart: %d events written, %d received, %d duplicates%n",
                    written.size(), received.size(), received.size() - distinct.size());
        }
        assertThat(relay.isRunning()).isTrue();
    }

    private List<String> writeEvents(String run, int count) {
        return transaction.execute(status -> {
            List<String> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                UUID agency = UUID.randomUUID();
                outbox.publish(AgencyClosed.CONTRACT, agency.toString(),
                        new AgencyClosed(agency, "AG-ZZ-" + run, Instant.now()));
                ids.add(agency.toString());
            }
            return ids;
        });
    }

    /** A code no real agency has (province ZZ does not exist) that marks this run's events. */
    private static String newRun() {
        return String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    private static java.util.function.Predicate<ReceivedEvent> ofRun(String run) {
        String code = "\"AG-ZZ-" + run + "\"";
        return event -> event.value() != null && event.value().contains(code);
    }
}
