package energy.mwolo.operations.consumption.web;

import energy.mwolo.operations.consumption.application.ConsumptionStore.Figure;
import energy.mwolo.operations.consumption.application.ShowingConsumption.ConsumptionView;
import energy.mwolo.operations.consumption.model.ConsumptionCalculator.Consumption;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract's consumption for one billing period (a calendar month, Africa/Kinshasa). The figure as computed now
 * ({@code kwh}, {@code estimated}, registers, the meter at the end; null when the period has no link or no reading
 * yet; a month still running shows what was consumed so far) and the revision last published to billing
 * ({@code published}, null before).
 *
 * @param contract      the id of the CRM contract
 * @param periodStart   the period's first day (yyyy-MM-dd)
 * @param periodEnd     the period's last day, included (yyyy-MM-dd)
 * @param kwh           the energy consumed over the period, kWh as a decimal string with three decimals
 *                      ({@code "152.340"}); the deltas of every meter that measured the contract add up
 * @param estimated     whether the figure rests on an estimated register value (no reading close to a bound of the
 *                      period); null when {@code kwh} is
 * @param registerStart the import register (kWh, three decimals) at the period's start, or at the link's opening
 *                      within it; null when the figure spans several links (a meter swap) or rests on an estimate
 * @param registerEnd   the import register (kWh, three decimals) at the period's end, or at the link's closing
 *                      within it; null when {@code register_start} is
 * @param meter         the id of the meter measuring the contract at the end of the period (the last link's); null
 *                      when {@code kwh} is
 * @param meterNumber   that meter's number; null when {@code kwh} is
 * @param published     the figure billing last received for this contract and period; null until published
 */
record ConsumptionResponse(UUID contract, LocalDate periodStart, LocalDate periodEnd,
                           @Schema(format = "decimal") String kwh, Boolean estimated,
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

    /**
     * The figure last published to billing for the contract and period.
     *
     * @param revision    1 for the first publication, one more for each correction (a late or corrected reading that
     *                    changed the figure)
     * @param kwh         the energy published, kWh as a decimal string with three decimals
     * @param estimated   whether the published figure rests on an estimated register value
     * @param meter       the id of the meter measuring the contract at the end of the period when it was published
     * @param meterNumber that meter's number
     */
    record Published(int revision, @Schema(format = "decimal") String kwh, boolean estimated, UUID meter,
                     String meterNumber) {

        static Published from(Figure figure) {
            return new Published(figure.revision(), text(figure.kwh()), figure.estimated(), figure.meterId(),
                    figure.meterNumber());
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
