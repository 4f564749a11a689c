package energy.mwolo.operations.consumption.web;

import energy.mwolo.operations.consumption.application.ConsumptionStore.Figure;
import energy.mwolo.operations.consumption.application.ShowingConsumption.ConsumptionView;
import energy.mwolo.operations.consumption.model.ConsumptionCalculator.Consumption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The figure as computed now ({@code kwh}, {@code estimated}, registers, the meter at the end; null when the period
 * has no link or no reading yet) and the revision last published to billing ({@code published}, null before).
 */
record ConsumptionResponse(UUID contract, LocalDate periodStart, LocalDate periodEnd, String kwh, Boolean estimated,
                           String registerStart, String registerEnd, UUID meter, String meterNumber,
                           Published published) {

    static ConsumptionResponse from(ConsumptionView view) {
        Consumption now = view.current();
        return new ConsumptionResponse(view.contract(), view.period().firstDay(), view.period().lastDay(),
                now == null ? null : text(now.kwh()), now == null ? null : now.estimated(),
                now == null ? null : text(now.registerStartKwh()), now == null ? null : text(now.registerEndKwh()),
                now == null ? null : now.meterId(), now == null ? null : now.meterNumber(),
                view.published() == null ? null : Published.from(view.published()));
    }

    record Published(int revision, String kwh, boolean estimated, UUID meter, String meterNumber) {

        static Published from(Figure figure) {
            return new Published(figure.revision(), text(figure.kwh()), figure.estimated(), figure.meterId(),
                    figure.meterNumber());
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
