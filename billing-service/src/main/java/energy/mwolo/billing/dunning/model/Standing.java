package energy.mwolo.billing.dunning.model;

import java.util.Optional;

/**
 * A contract's standing towards disconnection, and the two decisions about it. Reported: AccountOverdue was
 * published, and is not again until the contract is settled. Protected: its final step came, but its site is never
 * cut automatically, so nothing was published. Settled: the overdue balance went back to zero after either.
 */
public enum Standing {
    REPORTED,
    PROTECTED,
    SETTLED;

    /** What the final step of one of its invoices does to a contract in {@code current} standing (empty: none yet). */
    public static Decision atFinalStep(Optional<Standing> current, boolean siteProtected) {
        if (current.isPresent() && current.get() != SETTLED) {
            return Decision.NOTHING;
        }
        return siteProtected ? Decision.RECORD_PROTECTED : Decision.REPORT_OVERDUE;
    }

    /** What a change of the contract's overdue balance does: settles it once, when nothing overdue is left. */
    public static Decision afterBalanceChange(Optional<Standing> current, boolean overdueLeft) {
        if (overdueLeft || current.isEmpty() || current.get() == SETTLED) {
            return Decision.NOTHING;
        }
        return current.get() == REPORTED ? Decision.PUBLISH_SETTLED : Decision.SETTLE_QUIETLY;
    }

    public enum Decision {
        NOTHING,
        REPORT_OVERDUE,
        RECORD_PROTECTED,
        PUBLISH_SETTLED,
        SETTLE_QUIETLY
    }
}
