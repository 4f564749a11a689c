package energy.mwolo.geo.geography.application;

import java.time.Instant;
import java.util.UUID;

public record TerritoryView(UUID id, UUID commune, String communeName, UUID province, String provinceCode,
                            String provinceName, String code, String name, Instant createdAt, Instant updatedAt) {
}
