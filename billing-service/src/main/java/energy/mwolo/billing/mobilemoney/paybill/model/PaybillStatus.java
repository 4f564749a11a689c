package energy.mwolo.billing.mobilemoney.paybill.model;

/** Parked until an accountant assigns it, or credited (once). */
public enum PaybillStatus {
    PARKED, CREDITED
}
