package energy.mwolo.billing.customers;

import java.util.UUID;

/** A client as billing shows and reminds it: its name, language and contact details, as crm last described them. */
public record ClientSummary(UUID id, String number, String name, String preferredLanguage, String email,
                            String phone, UUID agencyId, String status) {
}
