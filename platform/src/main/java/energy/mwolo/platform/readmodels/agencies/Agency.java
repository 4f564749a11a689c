package energy.mwolo.platform.readmodels.agencies;

import java.util.UUID;

/**
 * An agency of geo-service as the last event applied described it; {@code active} is false once it closed.
 *
 * @param countryCode ISO 3166-1 alpha-2 code of the country whose public holidays it observes; null while no event
 *                    carrying it has arrived (a closing heard of first, or an event geo published before it had it)
 * @param address     postal address as geo announced it; null when unknown (as are {@code phone} and {@code email})
 */
public record Agency(UUID id, String code, String name, boolean active, String countryCode, String address,
        String phone, String email) {
}
