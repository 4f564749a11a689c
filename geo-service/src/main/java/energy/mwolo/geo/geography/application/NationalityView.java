package energy.mwolo.geo.geography.application;

import java.time.Instant;
import java.util.UUID;

public record NationalityView(UUID id, UUID country, String countryCode, String countryName, String code,
                              String name, Instant createdAt, Instant updatedAt) {
}
