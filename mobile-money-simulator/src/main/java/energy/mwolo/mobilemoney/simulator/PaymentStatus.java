package energy.mwolo.mobilemoney.simulator;

/** Where a simulated payment stands, whatever the provider calls it. */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    /** The customer never answered (M-Pesa INS-9, Airtel's time-out, Orange's EXPIRED, the aggregator's timeout). */
    EXPIRED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
