package energy.mwolo.operations.readings.web;

import energy.mwolo.operations.readings.application.ReadingView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored reading: energies kWh with three decimals, as strings; {@code flags} empty for a plain reading.
 *
 * @param meter          the id of the meter read
 * @param readAt         when the meter (or the agent) read it (ISO-8601 UTC); a meter has one reading per instant
 * @param messageId      the head-end's id of the message that carried it; a generated id for a manual reading
 * @param registerKwh    the active energy import register (energy taken from the grid), kWh
 * @param exportKwh      the active energy export register (energy fed into the grid), kWh; null when not sent
 * @param voltageV       the voltage on phase L1, volts (two decimals); null when not sent
 * @param powerKw        the instantaneous active power, kW; null when not sent
 * @param relayState     the relay position the meter reported with it, {@code connected} or {@code disconnected};
 *                       null when none was reported (a meter without remote relay, a manual reading)
 * @param alarms         the alarms the meter raised with it: {@code tamper} (cover or terminals opened),
 *                       {@code last_gasp} (its last message before losing power); empty when none
 * @param flags          what validation noticed, in alphabetical order: {@code future_dated}, {@code late},
 *                       {@code negative_consumption}, {@code rollover}, {@code spike}; a reading flagged
 *                       {@code negative_consumption} or {@code future_dated} does not count for consumption
 * @param consumptionKwh the energy consumed since the previous usable reading (or a link opened after it), kWh, a
 *                       register rollover counted; null for a meter's first reading or a register that went down
 * @param source         {@code device} (sent by the meter through its head-end) or {@code manual} (read on site by
 *                       an agent)
 * @param receivedAt     when operations stored it (ISO-8601 UTC); may be days after {@code read_at}
 */
record ReadingResponse(UUID meter, Instant readAt, UUID messageId, @Schema(format = "decimal") String registerKwh,
                       @Schema(format = "decimal") String exportKwh,
                       String voltageV, String powerKw, String relayState, List<String> alarms, List<String> flags,
                       @Schema(format = "decimal") String consumptionKwh, String source, Instant receivedAt) {

    static ReadingResponse from(ReadingView view) {
        return new ReadingResponse(view.meter(), view.readAt(), view.messageId(), text(view.registerKwh()),
                text(view.exportKwh()), text(view.voltageV()), text(view.powerKw()), view.relayState(),
                view.alarms(), view.flags(), text(view.consumptionKwh()), view.source(), view.receivedAt());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
