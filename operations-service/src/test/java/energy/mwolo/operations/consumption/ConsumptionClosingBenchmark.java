package energy.mwolo.operations.consumption;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.BenchmarkFixtures;
import energy.mwolo.operations.consumption.application.ClosingPeriods;
import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.platformtest.Benchmark;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The month that ended closed for 100,000 metered contracts, one meter each, linked before the month, read half an
 * hour either side of both of the month's bounds (so each bound is interpolated and measured): every contract's
 * figure computed, stored and published through the outbox, as the first closing night does. Prints
 * {@code BENCHMARK operations.consumption}: the time, contracts a second, and the peak heap used (sum of the heap
 * pools' peaks); the ratio is against the 60 s the month's closing is allowed.
 */
class ConsumptionClosingBenchmark extends AbstractApiIT {

    private static final int CONTRACTS = 100_000;
    private static final double ALLOWED_SECONDS = 60;

    @Autowired
    private ClosingPeriods closing;

    @Test
    void aMonthIsClosedForAHundredThousandContractsWithinAMinute() {
        BillingPeriod period = BillingPeriod.of(LocalDate.now(BusinessTime.ZONE))
                .previous();
        String prefix = "CB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        Timestamp linkedAt = Timestamp.from(period.start().minus(Duration.ofDays(1)));
        Timestamp now = Timestamp.from(Instant.now());
        BenchmarkFixtures.meters(jdbc, prefix, CONTRACTS);
        jdbc.sql("""
                insert into read_contracts (id, number, client_id, site_id, contract_type, status, site_protected,
                                            changed_at)
                select gen_random_uuid(), 'C-' || number, gen_random_uuid(), site_id, 'metered', 'active', false, ?
                  from meters where number like ? || '%'""").params(now, prefix).update();
        jdbc.sql("""
                insert into meter_links (id, meter_id, contract_id, linked_at, opening_register_kwh)
                select gen_random_uuid(), m.id, c.id, ?, 1000
                  from meters m join read_contracts c on c.number = 'C-' || m.number
                 where m.number like ? || '%'""").params(linkedAt, prefix).update();
        // Half an hour either side of each bound; 12 kWh a day, so the figure is known: the month's days x 12.
        jdbc.sql("""
                insert into readings (meter_id, read_at, message_id, register_kwh, relay_state, source, received_at)
                select m.id, b.at, gen_random_uuid(),
                       1000 + 12 * extract(epoch from b.at - ?::timestamptz) / 86400, 'connected', 'device', now()
                  from meters m
                 cross join (values (?::timestamptz - interval '30 minutes'), (?::timestamptz + interval '30 minutes'),
                                    (?::timestamptz - interval '30 minutes'), (?::timestamptz + interval '30 minutes'))
                       as b(at)
                 where m.number like ? || '%'""")
                .params(linkedAt, Timestamp.from(period.start()), Timestamp.from(period.start()),
                        Timestamp.from(period.end()), Timestamp.from(period.end()), prefix)
                .update();
        jdbc.sql("analyze").update();

        BenchmarkFixtures.resetPeakHeap();
        long start = System.nanoTime();
        int published = closing.close(period);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeapMb = BenchmarkFixtures.peakHeapUsedMb();

        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("contracts", CONTRACTS);
        figures.put("published", published);
        figures.put("close_s", seconds);
        figures.put("contracts_per_s", CONTRACTS / seconds);
        figures.put("peak_heap_mb", peakHeapMb);
        figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Benchmark.report("operations.consumption", figures,
                Benchmark.Ratio.of("allowed", ALLOWED_SECONDS, "close", seconds));
        int days = period.lastDay().getDayOfMonth();
        Integer exact = jdbc.sql("""
                select count(*) from consumption_periods f join meter_links l on l.contract_id = f.contract_id
                  join meters m on m.id = l.meter_id
                 where m.number like ? || '%' and f.period_start = ? and f.kwh = ? and not f.estimated""")
                .params(prefix, period.firstDay(), 12 * days).query(Integer.class).single();
        assertThat(exact).as("contracts with the month's %s kWh, measured", 12 * days).isEqualTo(CONTRACTS);
    }
}
