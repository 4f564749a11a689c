package energy.mwolo.billing.mobilemoney.paybill.model;

/**
 * Parked until an accountant assigns it, or credited (once), or refused: parked unconfirmed, then reported failed or
 * unknown by its provider's status query (nothing to credit; kept for the record, no longer listed as parked).
 */
public enum PaybillStatus {
    PARKED, CREDITED, REFUSED
}
