package energy.mwolo.operations.readings.web;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * @param registerKwh the active import register read on the meter's display (three decimals at most)
 * @param readAt      when it was read; now when absent, never in the future
 * @param note        what the agent saw (500 characters at most), kept with the reading
 */
record ManualReadingRequest(BigDecimal registerKwh, Instant readAt, String note) {
}
