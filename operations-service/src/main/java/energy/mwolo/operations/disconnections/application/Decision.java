package energy.mwolo.operations.disconnections.application;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a contract's decision history.
 *
 * @param meter   null for a decision about the whole contract (a stale report, a hold)
 * @param outcome {@code cut_ordered}, {@code waiting}, {@code refused}, {@code cancelled}, {@code reconnect_ordered},
 *                {@code ignored}, {@code hold_placed} or {@code hold_released}
 * @param actor   the user who decided, null for the policy itself
 * @param orderId the relay order given, when one was
 */
public record Decision(UUID id, UUID contract, UUID meter, UUID agency, String outcome, String reason,
                       Instant notBefore, boolean alert, UUID actor, UUID orderId, Instant decidedAt) {
}
