package energy.mwolo.billing.mobilemoney.reversals;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The credits and the reversals reported against them, one per provider transaction. */
interface ReversalBook {

    Optional<CreditReported> creditOfRequest(UUID requestId);

    Optional<CreditReported> creditOfPaybill(UUID paybillId);

    /** Records the report; false when this transaction's reversal was already recorded. */
    boolean record(CreditReported credit, String reason, Long callbackId, Instant reportedAt);
}
