package energy.mwolo.billing.mobilemoney.model;

/** Where a payment request stands: pending until the provider or a status query says it is final. */
public enum RequestStatus {
    PENDING, SUCCEEDED, FAILED, EXPIRED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
