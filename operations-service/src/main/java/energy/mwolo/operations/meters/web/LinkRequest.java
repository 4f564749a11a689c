package energy.mwolo.operations.meters.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * @param registerKwh the register read when the link opens (kWh, string or number, three decimals at most)
 * @param linkedAt    when it was read; now when absent
 */
record LinkRequest(@NotNull UUID contract, @NotNull BigDecimal registerKwh, Instant linkedAt) {
}
