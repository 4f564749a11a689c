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
 * when their figure changed. A month closes in transactions of a batch of contracts, a few statements each; a batch
 * that fails is redone contract by contract, each in its own transaction, so a failure leaves the others recorded,
 * and the next run (the monthly one is idempotent) completes it. Several replicas may run it: the figure's row is locked
 * while it is computed, and an unchanged figure publishes nothing.
 */
@Service
public class ClosingPeriods {

    private static final Logger log = LoggerFactory.getLogger(ClosingPeriods.class);
    private static final int MARKED_PER_RUN = 1_000;
    /** Spreads each statement's round trip and the commit over many contracts, and keeps locks and heap bounded. */
    private static final int CLOSED_PER_TRANSACTION = 500;

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
        for (int from = 0; from < contracts.size(); from += CLOSED_PER_TRANSACTION) {
            List<UUID> batch = contracts.subList(from, Math.min(from + CLOSED_PER_TRANSACTION, contracts.size()));
            published += closeBatch(batch, period);
        }
        log.info("consumption of {}: {} contracts, {} figures published", period, contracts.size(), published);
        return published;
    }

    /** A batch that fails is closed again contract by contract, so that one bad contract holds back no other. */
    private int closeBatch(List<UUID> batch, BillingPeriod period) {
        try {
            return recording.recordAll(batch, period);
        } catch (RuntimeException failure) {
            log.warn("consumption of {}: a batch of {} contracts failed, closing them one by one", period,
                    batch.size(), failure);
        }
        int published = 0;
        for (UUID contract : batch) {
            try {
                published += recording.record(contract, period).isPresent() ? 1 : 0;
            } catch (RuntimeException failure) {
                log.error("consumption of {} for contract {} failed; the next run retries it", period, contract,
                        failure);
            }
        }
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
