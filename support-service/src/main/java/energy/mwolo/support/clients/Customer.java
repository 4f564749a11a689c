package energy.mwolo.support.clients;

import java.util.UUID;

/**
 * A crm client as support sees it. Nullable: phone, preferredLanguage, agencyId (the client is not filed at an
 * agency).
 */
public record Customer(UUID id, String number, String displayName, String email, String phone,
                       String preferredLanguage, UUID agencyId) {
}
