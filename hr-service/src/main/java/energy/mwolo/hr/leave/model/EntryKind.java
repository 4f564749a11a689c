package energy.mwolo.hr.leave.model;

/** Why days entered or left a balance. */
public enum EntryKind {
    /** Days granted at once (a year's entitlement, an adjustment by HR). */
    ALLOCATION,
    /** A month's share of the yearly entitlement. */
    ACCRUAL,
    /** Approved leave, negative. */
    TAKE,
    /** A cancelled approved leave giving its days back. */
    RETURN,
    /** Days kept from a closed year, usable until their expiry. */
    CARRY_FORWARD,
    /** A closed year's remainder, negative: what the carry-forward brings back stays within the cap. */
    YEAR_CLOSED
}
