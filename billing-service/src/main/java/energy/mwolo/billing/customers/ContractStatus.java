package energy.mwolo.billing.customers;

/** crm's contract statuses. */
public enum ContractStatus {
    DRAFT, ACTIVE, SUSPENDED, TERMINATED
}
