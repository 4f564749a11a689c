package energy.mwolo.geo.geography.application;

import java.util.UUID;

/** A nationality as a request describes it; in a partial update, null fields stay as they are. */
public record NationalityDetails(UUID country, String code, String name) {
}
