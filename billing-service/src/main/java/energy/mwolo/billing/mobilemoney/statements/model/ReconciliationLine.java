package energy.mwolo.billing.mobilemoney.statements.model;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One provider transaction as the reconciliation found it.
 *
 * @param ours        what we credited, null when missing on our side
 * @param theirs      what the statement books, null when missing on theirs
 * @param theirStatus the statement's status of a transaction it lists without success, else its own
 */
public record ReconciliationLine(Kind kind, String transactionId, String reference, UUID clientId,
                                 BigDecimal ours, BigDecimal theirs, String currency, String theirStatus) {

    public enum Kind {
        /** Credited by us, collected by them, same amount and currency. */
        MATCHED,
        /** Collected by them, never credited by us (a lost callback, a parked paybill payment). */
        MISSING_OURS,
        /** Credited by us, not a success on their statement. */
        MISSING_THEIRS,
        /** On both sides, for other amounts or currencies. */
        AMOUNT_DIFFERENCE
    }
}
