package energy.mwolo.operations.meters.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * @param registerKwh the register read when the link closes, never below the value it opened at
 * @param unlinkedAt  when it was read; now when absent
 */
record UnlinkRequest(@NotNull BigDecimal registerKwh, Instant unlinkedAt) {
}
