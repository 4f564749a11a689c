package energy.mwolo.billing.payments.model;

/**
 * How the money came in. Cash is counted at once; the others may wait for the bank, the card acquirer or the mobile
 * money provider to confirm. API codes are the lowercase names.
 */
public enum PaymentMethod {
    CASH, BANK_TRANSFER, CARD, MOBILE_MONEY;

    /** Whether a payment by this method is confirmed the moment it is recorded. */
    public boolean confirmedOnReceipt() {
        return this == CASH;
    }
}
