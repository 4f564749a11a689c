package energy.mwolo.billing.mobilemoney.paybill.model;

import java.util.UUID;

/** Finds the client an account reference names, as customers type it (case, spaces and dashes ignored). */
public interface AccountReferences {

    AccountMatch match(String accountReference);

    /** Whether crm told billing of this client. */
    boolean clientExists(UUID clientId);
}
