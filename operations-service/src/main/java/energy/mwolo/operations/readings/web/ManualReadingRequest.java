package energy.mwolo.operations.readings.web;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A register read on the meter's site by an agent (a meter that does not communicate, a check of a suspect one). It
 * is validated and stored like a meter's own reading, with source {@code manual}.
 *
 * @param registerKwh the active import register read on the meter's display (kWh, string or number, three decimals
 *                    at most); required
 * @param readAt      when it was read (ISO-8601 UTC); now when absent, never in the future; a second reading of the
 *                    meter at the same instant is refused
 * @param note        what the agent saw (500 characters at most), kept with the reading
 */
record ManualReadingRequest(BigDecimal registerKwh, Instant readAt, String note) {
}
