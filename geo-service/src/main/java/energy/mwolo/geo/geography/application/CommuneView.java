package energy.mwolo.geo.geography.application;

import java.time.Instant;
import java.util.UUID;

public record CommuneView(UUID id, UUID province, String provinceCode, String provinceName, String code,
                          String name, Instant createdAt, Instant updatedAt) {
}
