package energy.mwolo.identity.accounts.model;

import java.util.UUID;

/**
 * What the account is tied to in other services, by id only: its agency (geo), the CRM client it acts for, the HR
 * employee it belongs to. Each may be absent; they become the {@code agency_id}, {@code client_id} and
 * {@code employee_id} claims.
 */
public record UserLinks(UUID agency, UUID client, UUID employee) {

    public static final UserLinks NONE = new UserLinks(null, null, null);
}
