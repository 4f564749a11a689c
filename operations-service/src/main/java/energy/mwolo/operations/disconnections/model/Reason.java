package energy.mwolo.operations.disconnections.model;

/** Why a decision came out as it did; the lower-case name is its stable code in the history and on the wire. */
public enum Reason {
    /** The site is a hospital, school or water pumping station: never cut automatically, whatever the balance. */
    PROTECTED_SITE,
    /** The site (or its agency) is not known here yet: nothing is cut on a guess. */
    SITE_UNKNOWN,
    /** OPERATIONS put the contract on hold. */
    CONTRACT_ON_HOLD,
    /** OPERATIONS put the site's agency on hold. */
    AGENCY_ON_HOLD,
    /** A mobile-money payment of the client is under way. */
    PAYMENT_PENDING,
    /** Outside the agency's working hours, a weekend, a public holiday or after the cut-off hour. */
    OUTSIDE_CUT_WINDOW,
    /** The agency already had its disconnections for this hour. */
    AGENCY_HOURLY_LIMIT,
    /** The company already had its disconnections for today. */
    DAILY_CAP,
    /** Every rule allowed the cut. */
    OVERDUE,
    /** The account was settled: supply back, at any hour. */
    SETTLED,
    /** The account was settled before the cut was carried out: the cut is called off. */
    SETTLED_BEFORE_CUT,
    /** The billing event is older than what is already known of the account (a redelivery or reordering). */
    STALE_EVENT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
