package energy.mwolo.platform.readmodels.agencies;

import java.util.UUID;

/** An agency of geo-service as the last event applied described it; {@code active} is false once it closed. */
public record Agency(UUID id, String code, String name, boolean active) {
}
