package energy.mwolo.billing.mobilemoney.paybill.model;

/** Why a paybill payment waits for an accountant. */
public enum ParkReason {
    /** Its reference names no client nor invoice of ours. */
    UNMATCHED,
    /** Its reference names several clients (a client number and another client's invoice, or a number twice). */
    AMBIGUOUS,
    /**
     * The provider could not be asked, or has not said it succeeded: asked again at the status-query delays after its
     * arrival, and at assignment.
     */
    UNCONFIRMED,
    /** Matched and confirmed, but crediting it failed (a conversion without an exchange rate). */
    NOT_CREDITED
}
