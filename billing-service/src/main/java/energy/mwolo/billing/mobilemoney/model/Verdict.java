package energy.mwolo.billing.mobilemoney.model;

import java.util.Locale;

/** What billing made of a callback; stored with it, so every callback, forged or not, can be accounted for. */
public enum Verdict {
    /** A verified success: the credit row was written now. */
    CREDITED,
    /** A verified success already credited (a duplicate, a replay, or the status query came first). */
    ALREADY_CREDITED,
    /** A verified failure of a pending request. */
    FAILED,
    /** The provider does not know yet: the request stays pending for reconciliation. */
    PENDING,
    /** A failure reported for a request already credited: alert, no reversal. */
    CONTRADICTS_SUCCESS,
    /** A failure for a request already ended: nothing to do. */
    ALREADY_FINAL,
    /** Not the provider's format. */
    UNREADABLE,
    /** Signature, hash or token missing or wrong. */
    UNAUTHENTICATED,
    /** Signed too long ago (or in the future): a possible replay. */
    STALE,
    /** A webhook id already judged. */
    REPLAYED,
    /** Names no request of ours. */
    UNKNOWN_REQUEST,
    /** Amount or currency differ from the request's: held for an accountant, not credited. */
    HELD_MISMATCH,
    /** The provider's status query does not confirm it (or could not be asked): reconciliation decides. */
    UNCONFIRMED,
    /** A payment the customer started with an account reference: held for an accountant to allocate. */
    HELD_PAYBILL,
    /** Larger than callbacks ever are. */
    TOO_LARGE,
    /** Judging it failed unexpectedly; it is stored and reconciliation will still ask the provider. */
    ERROR,
    /**
     * Read and authenticated, stored, to be judged: what the provider is answered with before the verdict; never
     * stored (a callback waiting for its verdict has none).
     */
    ACCEPTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
