package energy.mwolo.operations.disconnections.application;

import energy.mwolo.operations.disconnections.model.Reason;

/** What OPERATIONS puts on hold: one contract, or every contract of an agency. */
public enum HoldScope {
    CONTRACT(Reason.CONTRACT_ON_HOLD),
    AGENCY(Reason.AGENCY_ON_HOLD);

    private final Reason reason;

    HoldScope(Reason reason) {
        this.reason = reason;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Reason reason() {
        return reason;
    }
}
