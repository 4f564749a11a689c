package energy.mwolo.operations.meters.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The replacement of a meter by another on the contract it measures, at one instant: the old meter's link closes
 * and the replacement's opens, so the contract is never without a meter nor with two.
 *
 * @param replacement            the id of the meter that takes over the contract, on the same site and measuring
 *                               nothing
 * @param registerKwh            the old meter's final register value (kWh, string or number, three decimals at
 *                               most), never below the value its link opened at
 * @param replacementRegisterKwh the replacement's register value when it takes over (kWh, string or number, three
 *                               decimals at most)
 * @param swappedAt              when both were read (ISO-8601 UTC), neither in the future nor before the old
 *                               meter's link opened; now when absent
 */
record SwapRequest(@NotNull UUID replacement, @NotNull BigDecimal registerKwh,
                   @NotNull BigDecimal replacementRegisterKwh, Instant swappedAt) {
}
