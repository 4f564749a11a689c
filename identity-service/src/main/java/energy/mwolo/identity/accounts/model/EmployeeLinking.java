package energy.mwolo.identity.accounts.model;

/** What linking an account to an HR employee did. */
public enum EmployeeLinking {
    LINKED,
    ALREADY_LINKED,
    /** The account is tied to another employee and keeps it: hr never moves a link silently. */
    LINKED_TO_ANOTHER
}
