package energy.mwolo.operations.meters.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The end of a meter's measuring of its current contract, at the register value read on it then.
 *
 * @param registerKwh the register read when the link closes (kWh, string or number, three decimals at most), never
 *                    below the value it opened at
 * @param unlinkedAt  when it was read (ISO-8601 UTC), neither in the future nor before the link opened; now when
 *                    absent
 */
record UnlinkRequest(@NotNull BigDecimal registerKwh, Instant unlinkedAt) {
}
