package energy.mwolo.crm.clients.model;

import energy.mwolo.crm.geography.PlaceIds;
import energy.mwolo.crm.kernel.InvalidField;
import java.util.Locale;
import java.util.UUID;

/**
 * What people say about a client. An individual has a first and last name; a company has a company name (and
 * usually RCCM and NIF). The email is unique and compared in lower case.
 */
public record ClientDetails(ClientKind kind, String firstName, String lastName, String postName,
                            String companyName, String rccm, String nif, String email, PhoneNumber phone,
                            String address, UUID agencyId, String preferredLanguage,
                            PlaceIds places) {

    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("fr", "en", "ln", "sw");

    public ClientDetails {
        if (kind == null) {
            throw new InvalidField("kind", "crm.validation.required");
        }
        if (kind == ClientKind.INDIVIDUAL) {
            requireText(lastName, "last_name");
            requireText(firstName, "first_name");
        } else {
            requireText(companyName, "company_name");
        }
        requireText(email, "email");
        email = email.strip().toLowerCase(Locale.ROOT);
        places = places == null ? PlaceIds.NONE : places;
        preferredLanguage = preferredLanguage == null ? "fr" : preferredLanguage;
        if (!LANGUAGES.contains(preferredLanguage)) {
            throw new InvalidField("preferred_language", "crm.validation.unknown_code", preferredLanguage);
        }
    }

    /** The name shown to people: the company's, else first and last name. */
    public String displayName() {
        return kind == ClientKind.COMPANY ? companyName : firstName + " " + lastName;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "crm.validation.required");
        }
    }
}
