package energy.mwolo.operations.readings.web;

import energy.mwolo.operations.readings.application.ReadingView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored reading: energies kWh with three decimals, as strings; {@code flags} empty for a plain reading. */
record ReadingResponse(UUID meter, Instant readAt, UUID messageId, String registerKwh, String exportKwh,
                       String voltageV, String powerKw, String relayState, List<String> alarms, List<String> flags,
                       String consumptionKwh, String source, Instant receivedAt) {

    static ReadingResponse from(ReadingView view) {
        return new ReadingResponse(view.meter(), view.readAt(), view.messageId(), text(view.registerKwh()),
                text(view.exportKwh()), text(view.voltageV()), text(view.powerKw()), view.relayState(),
                view.alarms(), view.flags(), text(view.consumptionKwh()), view.source(), view.receivedAt());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
