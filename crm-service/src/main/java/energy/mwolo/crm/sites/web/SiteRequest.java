package energy.mwolo.crm.sites.web;

import energy.mwolo.crm.geography.PlaceIds;
import energy.mwolo.crm.sites.model.Coordinates;
import energy.mwolo.crm.sites.model.SiteDetails;
import energy.mwolo.crm.sites.model.SiteUsage;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A site (service point) as staff send it: to register one (POST) or change some of its fields (PATCH); its reference
 * is generated. In a PATCH, absent fields keep their value. Place ids are checked with geo-service: each must exist and
 * lie within the others given.
 *
 * @param client      the CRM client supplied there, not closed; required to register, ignored in a PATCH
 * @param name        the site's name, at most 150 characters; required to register
 * @param address     the postal address as people write it, optional, at most 255 characters
 * @param latitude    WGS 84 latitude in decimal degrees, -90 to 90, kept to six decimals; given together with
 *                    {@code longitude} or not at all
 * @param longitude   WGS 84 longitude in decimal degrees, -180 to 180, kept to six decimals; given together with
 *                    {@code latitude} or not at all
 * @param usage       {@code residential}, {@code commercial}, {@code industrial} or {@code public}; required to
 *                    register
 * @param isProtected true for a site never cut automatically (hospital, school, water pumping); false when absent on
 *                    registration
 * @param isActive    whether the site is in service; true when absent on registration
 * @param country     the country where the site lies ({@code /api/geo/countries/}), optional
 * @param province    the province where the site lies ({@code /api/geo/provinces/}), optional
 * @param commune     the commune where the site lies ({@code /api/geo/communes/}), optional
 * @param territory   the territory where the site lies ({@code /api/geo/territories/}), optional
 */
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
