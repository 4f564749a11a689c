package energy.mwolo.operations.readings.application;

import energy.mwolo.operations.commands.application.RelayReports;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.operations.meters.model.RelayPosition;
import energy.mwolo.operations.readings.application.ReadingStore.MeterProgress;
import energy.mwolo.operations.readings.application.ReadingStore.MeterState;
import energy.mwolo.operations.readings.application.ReadingStore.NewReading;
import energy.mwolo.operations.readings.application.ReadingStore.PeriodMark;
import energy.mwolo.operations.readings.model.MeterHistory;
import energy.mwolo.operations.readings.model.ReadingFlag;
import energy.mwolo.operations.readings.model.RegisterAt;
import energy.mwolo.operations.readings.model.ValidationRules;
import energy.mwolo.operations.readings.model.Verdict;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a batch of readings in one transaction: each is validated against its meter's history (and the readings
 * before it in the batch), stored with its flags unless its meter already has one at that instant, and moves its
 * meter's last reading, last contact and typical day. Readings of unknown meters are parked, never dropped. A
 * relay position a meter reports that differs from the state recorded goes through the meter's relay machine. A
 * batch delivered again (a consumer restarted before committing its offsets) stores nothing twice: every reading
 * meets its stored self as a duplicate.
 */
@Service
public class IngestingReadings {

    private final ReadingStore store;
    private final Meters meters;
    private final ValidationRules rules;
    private final RelayReports relayReports;
    private final RejectedReadings rejections;

    IngestingReadings(ReadingStore store, Meters meters, ValidationRules rules, RelayReports relayReports,
                      RejectedReadings rejections) {
        this.store = store;
        this.meters = meters;
        this.rules = rules;
        this.relayReports = relayReports;
        this.rejections = rejections;
    }

    @Transactional
    public IngestionResult ingest(List<IncomingReading> batch, String source) {
        if (batch.isEmpty()) {
            return IngestionResult.NOTHING;
        }
        Instant now = Instant.now();
        Map<String, MeterState> known = store.meters(batch.stream().map(IncomingReading::meterNumber)
                .collect(Collectors.toSet()));
        List<IncomingReading> unknown = batch.stream().filter(r -> !known.containsKey(r.meterNumber())).toList();
        int parked = unknown.isEmpty() ? 0 : store.park(unknown, now);

        Map<String, List<IncomingReading>> byMeter = batch.stream()
                .filter(r -> known.containsKey(r.meterNumber()))
                .sorted(Comparator.comparing(IncomingReading::readAt))
                .collect(Collectors.groupingBy(IncomingReading::meterNumber));
        List<NewReading> rows = new ArrayList<>();
        List<MeterProgress> progress = new ArrayList<>();
        Map<UUID, BigDecimal> typical = new HashMap<>();
        Set<PeriodMark> marks = new LinkedHashSet<>();
        List<RelayReport> reports = new ArrayList<>();
        int duplicates = 0;
        for (var entry : byMeter.entrySet()) {
            MeterState meter = known.get(entry.getKey());
            var run = new MeterRun(meter);
            for (IncomingReading reading : entry.getValue()) {
                NewReading row = run.judge(reading, now, source, marks);
                if (row == null) {
                    duplicates++;
                } else {
                    rows.add(row);
                }
            }
            progress.add(new MeterProgress(meter.id(), run.movedLast ? run.last : null, run.seenAt));
            if (run.typicalMoved) {
                typical.put(meter.id(), run.typical);
            }
            if (run.relay != null) {
                reports.add(new RelayReport(meter, run.relay, run.relayAt));
            }
        }
        boolean[] stored = store.insert(rows);
        int inserted = 0;
        Map<ReadingFlag, Integer> flagged = new HashMap<>();
        Map<UUID, RejectedReadings.Summary> rejected = new LinkedHashMap<>();
        for (int i = 0; i < stored.length; i++) {
            if (stored[i]) {
                inserted++;
                rows.get(i).flags().forEach(flag -> flagged.merge(flag, 1, Integer::sum));
                rejected(rows.get(i), known, now, rejected);
            } else {
                duplicates++;
            }
        }
        store.progress(progress);
        store.saveTypicalDaily(typical, now);
        store.recompute(marks);
        reports.forEach(this::reconcile);
        if (!rejected.isEmpty()) {
            rejections.announce(List.copyOf(rejected.values()));
        }
        return new IngestionResult(inserted, duplicates, parked, flagged);
    }

    /** Counts a stored reading unusable for consumption into its meter's summary of the batch. */
    private static void rejected(NewReading row, Map<String, MeterState> known, Instant now,
                                 Map<UUID, RejectedReadings.Summary> summaries) {
        boolean negative = row.flags().contains(ReadingFlag.NEGATIVE_CONSUMPTION);
        boolean future = row.flags().contains(ReadingFlag.FUTURE_DATED);
        if (!negative && !future) {
            return;
        }
        RejectedReadings.Summary before = summaries.get(row.meterId());
        String number = before != null ? before.meterNumber() : known.values().stream()
                .filter(meter -> meter.id().equals(row.meterId())).findFirst().orElseThrow().number();
        Instant first = before == null || row.readAt().isBefore(before.firstReadAt()) ? row.readAt()
                : before.firstReadAt();
        Instant last = before == null || row.readAt().isAfter(before.lastReadAt()) ? row.readAt()
                : before.lastReadAt();
        summaries.put(row.meterId(), new RejectedReadings.Summary(row.meterId(), number,
                (before == null ? 0 : before.negativeConsumption()) + (negative ? 1 : 0),
                (before == null ? 0 : before.futureDated()) + (future ? 1 : 0), first, last, row.source(), now));
    }

    /**
     * Ingests readings parked while their meter was unknown, now that it is registered, and unparks them in the same
     * transaction: replayed twice (two replicas), they meet themselves as duplicates.
     */
    @Transactional
    public IngestionResult replayParked(List<IncomingReading> parked) {
        IngestionResult result = ingest(parked, "device");
        store.unpark(parked.stream().map(IncomingReading::messageId).toList());
        return result;
    }

    /**
     * The relay as the meter reports it, through the relay machine unless it agrees with the recorded state; a relay
     * closed after an acknowledged disconnection raises the tamper alarm (see {@link RelayReports}).
     */
    private void reconcile(RelayReport report) {
        String recorded = report.meter().relayState();
        if (report.position() == RelayPosition.CLOSED && recorded.equals("connected")
                || report.position() == RelayPosition.OPEN && recorded.equals("disconnected")) {
            return;
        }
        meters.byId(new MeterId(report.meter().id()))
                .ifPresent(meter -> relayReports.reported(meter, report.position(), report.at(), "reading", null));
    }

    private record RelayReport(MeterState meter, RelayPosition position, Instant at) {
    }

    /** One meter's readings of the batch, in time order, each judged against those before it. */
    private final class MeterRun {

        private final MeterState meter;
        private final Set<Instant> seenInBatch = new HashSet<>();
        private final List<RegisterAt> lateInBatch = new ArrayList<>();
        private RegisterAt last;
        private boolean movedLast;
        private BigDecimal typical;
        private boolean typicalMoved;
        private Instant seenAt;
        private RelayPosition relay;
        private Instant relayAt;

        MeterRun(MeterState meter) {
            this.meter = meter;
            this.last = meter.last();
            this.typical = meter.typicalDailyKwh();
        }

        /** The row to store, or null for a duplicate within the batch or of the stored last reading. */
        NewReading judge(IncomingReading reading, Instant now, String source, Set<PeriodMark> marks) {
            Instant at = reading.readAt();
            if (!seenInBatch.add(at)) {
                return null;
            }
            boolean inOrder = last == null || at.isAfter(last.at());
            MeterHistory history = inOrder
                    ? new MeterHistory(last, null, meter.linkOpenings(), typical)
                    : lateHistory(at);
            Verdict verdict = rules.judge(reading.importKwh(), at, history, now);
            if (verdict.duplicate()) {
                return null;
            }
            boolean future = verdict.flags().contains(ReadingFlag.FUTURE_DATED);
            Instant contact = future ? now : at;
            seenAt = seenAt == null || contact.isAfter(seenAt) ? contact : seenAt;
            if (verdict.usable()) {
                RegisterAt here = new RegisterAt(at, reading.importKwh());
                if (inOrder) {
                    if (last != null) {
                        BigDecimal moved = rules.typicalDailyAfter(typical, verdict, Duration.between(last.at(), at));
                        typicalMoved |= moved != typical;
                        typical = moved;
                    }
                    last = here;
                    movedLast = true;
                } else {
                    lateInBatch.add(here);
                }
                mark(at, history, now, marks);
            }
            if (reading.relayState() != null && !future && (relayAt == null || at.isAfter(relayAt))) {
                relay = reading.relayState().equals("disconnected") ? RelayPosition.OPEN : RelayPosition.CLOSED;
                relayAt = at;
            }
            return new NewReading(meter.id(), at, reading.messageId(), reading.importKwh(), reading.exportKwh(),
                    reading.voltageV(), reading.powerKw(), reading.relayState(), reading.alarms(), verdict.flags(),
                    verdict.consumptionKwh(), source, now);
        }

        private MeterHistory lateHistory(Instant at) {
            RegisterAt previous = store.usableAtOrBefore(meter.id(), at).orElse(null);
            for (RegisterAt earlier : lateInBatch) {
                if (!earlier.at().isAfter(at) && (previous == null || earlier.at().isAfter(previous.at()))) {
                    previous = earlier;
                }
            }
            RegisterAt next = store.usableAfter(meter.id(), at).orElse(null);
            return new MeterHistory(previous, next, meter.linkOpenings(), typical);
        }

        /**
         * A reading in a closed month may change that month's consumption, and the month before when it is the
         * first after that month's end (the end's register is interpolated from it).
         */
        private void mark(Instant at, MeterHistory history, Instant now, Set<PeriodMark> marks) {
            LocalDate month = BusinessTime.dayOf(at).withDayOfMonth(1);
            LocalDate current = BusinessTime.dayOf(now).withDayOfMonth(1);
            if (month.isBefore(current)) {
                marks.add(new PeriodMark(meter.id(), month));
            }
            RegisterAt previous = history.previous();
            if (previous != null && BusinessTime.dayOf(previous.at()).withDayOfMonth(1).isBefore(month)
                    && month.minusMonths(1).isBefore(current)) {
                marks.add(new PeriodMark(meter.id(), month.minusMonths(1)));
            }
        }
    }
}
