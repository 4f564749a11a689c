package energy.mwolo.geo.geography.application;

import java.util.UUID;

/** A commune as a request describes it; in a partial update, null fields stay as they are. */
public record CommuneDetails(UUID province, String code, String name) {
}
