package energy.mwolo.crm.sites.model;

import energy.mwolo.crm.geography.PlaceIds;
import energy.mwolo.crm.kernel.InvalidField;

/**
 * What describes a service point. A protected site (hospital, school, water pumping) is never cut automatically.
 */
public record SiteDetails(String name, String address, Coordinates coordinates, SiteUsage usage,
                          boolean isProtected, boolean active, PlaceIds places) {

    public SiteDetails {
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "crm.validation.required");
        }
        places = places == null ? PlaceIds.NONE : places;
        if (usage == null) {
            throw new InvalidField("usage", "crm.validation.required");
        }
    }
}
