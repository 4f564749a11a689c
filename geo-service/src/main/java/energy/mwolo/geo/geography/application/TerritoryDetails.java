package energy.mwolo.geo.geography.application;

import java.util.UUID;

/**
 * A territory as a request describes it; in a partial update, null fields stay as they are.
 *
 * @param province optional: when given, the commune must lie in it
 */
public record TerritoryDetails(UUID commune, UUID province, String code, String name) {
}
