package energy.mwolo.operations.meters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.platformtest.Api;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import energy.mwolo.operations.meters.application.LinkingMeters;
import energy.mwolo.operations.meters.model.ContractAlreadyMetered;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Duration;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One meter per contract at a time, under concurrency: requests linking different meters to one contract lock
 * different rows, so they all pass the check before any commits; the unique index on open links lets one through.
 */
class MeterLinkConcurrencyIT extends AbstractApiIT {

    @Autowired
    private LinkingMeters linking;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void ofSeveralMetersLinkedToOneContractAtOnceExactlyOneWinsAndTheOthersGetA409() throws Exception {
        Customer customer = customer();
        int racers = 5;
        List<UUID> meters = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            meters.add(meter(customer.site()));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (UUID meter : meters) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return link(meter, customer.contract(), "0");
                }));
            }
            start.countDown();
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                answers.add(reply.get());
            }

            assertThat(answers).filteredOn(reply -> reply.status() == 200).hasSize(1);
            assertThat(answers).filteredOn(reply -> reply.status() != 200)
                    .allSatisfy(reply -> {
                        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
                        assertThat(reply.code()).isEqualTo("meters.link.contract_taken");
                    });
            assertThat(jdbc.sql("select count(*) from meter_links where contract_id = ? and unlinked_at is null")
                    .param(customer.contract()).query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLinkThatPassedTheCheckBeforeAnotherCommittedMeetsTheIndexAndGetsTheSameConflict() throws Exception {
        Customer customer = customer();
        MeterId first = new MeterId(meter(customer.site()));
        MeterId second = new MeterId(meter(customer.site()));
        CurrentUser user = new CurrentUser(UUID.randomUUID(), Set.of("OPERATIONS"), Set.of("operations:update"),
                null, null, null);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch firstLinked = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> winner = pool.submit(() -> transaction.executeWithoutResult(status -> {
                linking.link(first, customer.contract(), kwh("0"), null, user);
                firstLinked.countDown();
                awaitQuietly(commitFirst);
            }));
            firstLinked.await();
            Future<?> loser = pool.submit(() -> transaction.executeWithoutResult(status ->
                    linking.link(second, customer.contract(), kwh("0"), null, user)));
            // The second request saw no open link (the first is not committed) and now waits on the unique index.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query ilike 'insert into meter_links%'""")
                    .query(Long.class).single() == 1);
            commitFirst.countDown();
            winner.get();

            assertThatThrownBy(loser::get).hasCauseInstanceOf(ContractAlreadyMetered.class);
            assertThat(jdbc.sql("select meter_id from meter_links where contract_id = ? and unlinked_at is null")
                    .param(customer.contract()).query(UUID.class).single()).isEqualTo(first.value());
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesASecondOpenLinkOfAContractWhateverWritesIt() {
        Customer customer = customer();
        UUID first = meter(customer.site());
        UUID second = meter(customer.site());
        link(first, customer.contract(), "0");

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into meter_links (id, meter_id, contract_id, linked_at, opening_register_kwh)
                        values (?, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), second, customer.contract(), Timestamp.from(Instant.now())).update())
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("meter_links_open_per_contract");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
