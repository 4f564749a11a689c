package energy.mwolo.billing.payments.model;

/** pending -> confirmed | failed; only confirmed money is allocated or counted. API codes are the lowercase names. */
public enum PaymentStatus {
    PENDING, CONFIRMED, FAILED
}
