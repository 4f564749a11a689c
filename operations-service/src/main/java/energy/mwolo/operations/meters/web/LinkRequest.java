package energy.mwolo.operations.meters.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A contract for a meter that measures none to start measuring, from the register value read on it at that moment.
 *
 * @param contract    the id of the CRM contract to measure: a contract of the meter's site, not terminated, that no
 *                    other meter measures
 * @param registerKwh the register read when the link opens (kWh, string or number, three decimals at most)
 * @param linkedAt    when it was read (ISO-8601 UTC), neither in the future nor before the meter's last link ended;
 *                    now when absent
 */
record LinkRequest(@NotNull UUID contract, @NotNull BigDecimal registerKwh, Instant linkedAt) {
}
