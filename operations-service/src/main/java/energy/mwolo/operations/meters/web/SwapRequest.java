package energy.mwolo.operations.meters.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * @param replacement            the meter that takes over the contract, on the same site and measuring nothing
 * @param registerKwh            the old meter's final register value
 * @param replacementRegisterKwh the replacement's register value when it takes over
 * @param swappedAt              when both were read; now when absent
 */
record SwapRequest(@NotNull UUID replacement, @NotNull BigDecimal registerKwh,
                   @NotNull BigDecimal replacementRegisterKwh, Instant swappedAt) {
}
