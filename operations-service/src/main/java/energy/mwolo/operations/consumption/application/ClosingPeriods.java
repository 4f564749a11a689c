package energy.mwolo.operations.consumption.application;

import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.operations.kernel.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The consumption job. Once a month ends (Africa/Kinshasa), every contract metered during it gets its figure; then,
 * every few minutes, the periods late readings marked are computed again and republished with the next revision
 * when their figure changed. Each contract is its own transaction: a failure leaves the others recorded, and the
 * next run (the monthly one is idempotent) completes it. Several replicas may run it: the figure's row is locked
 * while it is computed, and an unchanged figure publishes nothing.
 */
@Service
public class ClosingPeriods {

    private static final Logger log = LoggerFactory.getLogger(ClosingPeriods.class);
    private static final int MARKED_PER_RUN = 1_000;

    private final ConsumptionStore store;
    private final RecordingConsumption recording;

    ClosingPeriods(ConsumptionStore store, RecordingConsumption recording) {
        this.store = store;
        this.recording = recording;
    }

    /** The month that ended last, on its first night; again on the next nights for readings that came in since. */
    @Scheduled(cron = "${mwolo.consumption.close-cron:0 30 2 1-3 * *}", zone = "Africa/Kinshasa")
    void closeLastMonth() {
        close(BillingPeriod.of(LocalDate.now(BusinessTime.ZONE)).previous());
    }

    @Scheduled(fixedDelayString = "${mwolo.consumption.recompute-interval:PT5M}",
            initialDelayString = "${mwolo.consumption.recompute-interval:PT5M}")
    void recomputeLate() {
        recomputeMarked();
    }

    /** @return how many figures were published (new or changed) */
    public int close(BillingPeriod period) {
        if (!period.end().isBefore(Instant.now().plusSeconds(1))) {
            throw new IllegalArgumentException("period " + period + " has not ended");
        }
        int published = 0;
        List<UUID> contracts = store.contractsMeteredIn(period);
        for (UUID contract : contracts) {
            published += recording.record(contract, period).isPresent() ? 1 : 0;
        }
        log.info("consumption of {}: {} contracts, {} figures published", period, contracts.size(), published);
        return published;
    }

    /** @return how many corrections were published */
    public int recomputeMarked() {
        int published = 0;
        List<ConsumptionStore.ContractPeriod> marked;
        do {
            marked = store.takeMarked(MARKED_PER_RUN);
            for (var mark : marked) {
                published += recording.record(mark.contract(), mark.period()).isPresent() ? 1 : 0;
            }
        } while (marked.size() == MARKED_PER_RUN);
        return published;
    }
}
