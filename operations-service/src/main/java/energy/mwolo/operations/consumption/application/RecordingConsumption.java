package energy.mwolo.operations.consumption.application;

import energy.mwolo.operations.consumption.application.ConsumptionStore.ContractRef;
import energy.mwolo.operations.consumption.application.ConsumptionStore.Figure;
import energy.mwolo.operations.consumption.application.ConsumptionStore.Recorded;
import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.operations.consumption.model.ConsumptionCalculator;
import energy.mwolo.operations.consumption.model.ConsumptionCalculator.Consumption;
import energy.mwolo.operations.consumption.model.LinkSpan;
import energy.mwolo.operations.consumption.model.RegisterSeries;
import energy.mwolo.operations.readings.application.ReadingStore;
import energy.mwolo.operations.readings.model.RegisterAt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One contract's figure for one period, computed from its links and readings. The first figure is published as
 * revision 1; a later computation that gives billing another figure (a late or corrected reading) is published as
 * the next revision, in the same transaction as the stored figure, so revisions of a contract and period are
 * published in order and never twice. An unchanged figure publishes nothing, so running the job again is harmless.
 */
@Service
public class RecordingConsumption {

    private final ConsumptionStore store;
    private final ReadingStore readings;
    private final ConsumptionCalculator calculator;
    private final ConsumptionPublisher publisher;
    private final Duration measuredWithin;

    RecordingConsumption(ConsumptionStore store, ReadingStore readings, ConsumptionCalculator calculator,
                         ConsumptionPublisher publisher,
                         @Value("${mwolo.consumption.measured-within:PT1H}") Duration measuredWithin) {
        this.store = store;
        this.readings = readings;
        this.calculator = calculator;
        this.publisher = publisher;
        this.measuredWithin = measuredWithin;
    }

    /** @return the figure as published now, when it was new or changed */
    @Transactional
    public Optional<Figure> record(UUID contract, BillingPeriod period) {
        var ref = store.contract(contract);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<Consumption> computed = compute(contract, period);
        if (computed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Figure> figure = toPublish(computed.get(), store.published(contract, period));
        if (figure.isPresent()) {
            Instant now = Instant.now();
            store.save(contract, period, ref.get().site(), figure.get(), now);
            publisher.recorded(contract, ref.get().site(), period, figure.get(), now);
        }
        return figure;
    }

    /**
     * {@link #record} for many contracts of one period in one transaction, with a handful of statements for the
     * whole batch instead of a few per contract: the same figures, stored and published alike.
     *
     * @return how many figures were published (new or changed)
     */
    @Transactional
    public int recordAll(List<UUID> contracts, BillingPeriod period) {
        Map<UUID, ContractRef> refs = store.contracts(contracts);
        List<UUID> known = contracts.stream().filter(refs::containsKey).toList();
        Map<UUID, List<LinkSpan>> links = store.links(known);
        Set<UUID> meters = new HashSet<>();
        links.values().forEach(spans -> spans.forEach(link -> meters.add(link.meterId())));
        Map<UUID, List<RegisterAt>> around = readings.usableAround(meters, List.of(period.start(), period.end()));
        Map<UUID, Consumption> computed = new LinkedHashMap<>();
        for (UUID contract : known) {
            List<LinkSpan> spans = links.getOrDefault(contract, List.of());
            Map<UUID, RegisterSeries> series = new HashMap<>();
            for (LinkSpan link : spans) {
                series.computeIfAbsent(link.meterId(), meter -> series(around.getOrDefault(meter, List.of())));
            }
            calculator.compute(period, spans, series).ifPresent(consumption -> computed.put(contract, consumption));
        }
        Map<UUID, Figure> published = store.published(computed.keySet(), period);
        List<Recorded> recorded = new ArrayList<>();
        computed.forEach((contract, consumption) -> toPublish(consumption, Optional.ofNullable(published.get(contract)))
                .ifPresent(figure -> recorded.add(new Recorded(contract, refs.get(contract).site(), figure))));
        if (!recorded.isEmpty()) {
            Instant now = Instant.now();
            store.saveAll(period, recorded, now);
            publisher.recordedAll(period, recorded, now);
        }
        return recorded.size();
    }

    /** The figure to store and publish, when billing has none yet or would see another one. */
    private static Optional<Figure> toPublish(Consumption consumption, Optional<Figure> published) {
        if (published.isPresent() && !consumption.differsFrom(published.get().kwh(), published.get().estimated())) {
            return Optional.empty();
        }
        int revision = published.map(figure -> figure.revision() + 1).orElse(1);
        return Optional.of(new Figure(consumption.meterId(), consumption.meterNumber(), consumption.kwh(),
                consumption.estimated(), consumption.registerStartKwh(), consumption.registerEndKwh(), revision));
    }

    /** The figure as it stands now, published or not. */
    @Transactional(readOnly = true)
    public Optional<Consumption> compute(UUID contract, BillingPeriod period) {
        List<LinkSpan> links = store.links(contract);
        Map<UUID, RegisterSeries> series = new HashMap<>();
        for (LinkSpan link : links) {
            series.computeIfAbsent(link.meterId(), meter -> around(meter, period.start(), period.end()));
        }
        return calculator.compute(period, links, series);
    }

    /** The meter's usable readings nearest each bound, on both sides: all interpolation needs. */
    private RegisterSeries around(UUID meter, Instant... bounds) {
        Set<RegisterSeries.Point> points = new LinkedHashSet<>();
        for (Instant bound : bounds) {
            readings.usableAtOrBefore(meter, bound).ifPresent(at -> points.add(point(at)));
            readings.usableAfter(meter, bound).ifPresent(at -> points.add(point(at)));
        }
        return new RegisterSeries(List.copyOf(points), measuredWithin);
    }

    private RegisterSeries series(List<RegisterAt> registers) {
        return new RegisterSeries(registers.stream().map(RecordingConsumption::point).toList(), measuredWithin);
    }

    private static RegisterSeries.Point point(RegisterAt register) {
        return new RegisterSeries.Point(register.at(), register.kwh());
    }
}
