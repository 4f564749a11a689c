package energy.mwolo.geo.geography.application;

import java.time.Instant;
import java.util.UUID;

public record CountryView(UUID id, String code, String name, Instant createdAt, Instant updatedAt) {
}
