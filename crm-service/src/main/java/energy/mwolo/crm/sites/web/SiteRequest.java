package energy.mwolo.crm.sites.web;

import energy.mwolo.crm.geography.PlaceIds;
import energy.mwolo.crm.sites.model.Coordinates;
import energy.mwolo.crm.sites.model.SiteDetails;
import energy.mwolo.crm.sites.model.SiteUsage;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A site as staff send it; its reference is generated. In a PATCH, absent fields keep their value. */
record SiteRequest(UUID client, @Size(max = 150) String name, @Size(max = 255) String address,
                   BigDecimal latitude, BigDecimal longitude, String usage, Boolean isProtected, Boolean isActive, UUID country,
                   UUID province, UUID commune, UUID territory) {

    SiteDetails details() {
        return new SiteDetails(name, address, Coordinates.ofNullable(latitude, longitude),
                usage == null ? null : SiteUsage.of(usage), Boolean.TRUE.equals(isProtected),
                !Boolean.FALSE.equals(isActive), places());
    }

    SiteDetails over(SiteDetails d) {
        Coordinates at = latitude == null && longitude == null ? d.coordinates()
                : Coordinates.ofNullable(latitude, longitude);
        return new SiteDetails(name == null ? d.name() : name, address == null ? d.address() : address, at,
                usage == null ? d.usage() : SiteUsage.of(usage),
                isProtected == null ? d.isProtected() : isProtected, isActive == null ? d.active() : isActive,
                places().over(d.places()));
    }

    private PlaceIds places() {
        return new PlaceIds(country, province, commune, territory);
    }
}
