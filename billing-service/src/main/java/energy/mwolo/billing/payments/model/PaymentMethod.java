package energy.mwolo.billing.payments.model;

/**
 * How the money came in. Cash and card (the terminal authorised it in front of the accountant) count at once;
 * a bank transfer waits for the bank statement, mobile money for the provider's callback. API codes are the lowercase names.
 */
public enum PaymentMethod {
    CASH, BANK_TRANSFER, CARD, MOBILE_MONEY;

    /** Whether a payment by this method is confirmed the moment it is recorded. */
    public boolean confirmedOnReceipt() {
        return this == CASH || this == CARD;
    }
}
