package energy.mwolo.billing.customers;

/** crm's contract types: flat fee and metered contracts are invoiced; prepaid ones buy tokens instead. */
public enum ContractType {
    MONTHLY_FLAT_FEE, METERED, PREPAID;

    public boolean isInvoiced() {
        return this != PREPAID;
    }
}
