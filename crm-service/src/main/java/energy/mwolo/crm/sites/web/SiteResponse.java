package energy.mwolo.crm.sites.web;

import energy.mwolo.crm.sites.model.Coordinates;
import energy.mwolo.crm.sites.model.Site;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A site: a service point where the company delivers power to one client.
 *
 * @param id          the site's id
 * @param reference   the site's reference, {@code SITE-<NNNNNN>}
 * @param client      the CRM client supplied there
 * @param name        the site's name
 * @param address     the postal address; null when not given
 * @param latitude    WGS 84 latitude in decimal degrees (six decimals); null, with {@code longitude}, when the position
 *                    is unknown
 * @param longitude   WGS 84 longitude in decimal degrees (six decimals); null, with {@code latitude}, when the position
 *                    is unknown
 * @param usage       {@code residential}, {@code commercial}, {@code industrial} or {@code public}
 * @param isProtected true for a site never cut automatically (hospital, school, water pumping)
 * @param isActive    whether the site is in service
 * @param country     the country where the site lies, a geo-service id; null when not given
 * @param province    the province where the site lies, a geo-service id; null when not given
 * @param commune     the commune where the site lies, a geo-service id; null when not given
 * @param territory   the territory where the site lies, a geo-service id; null when not given
 * @param createdAt   when the site was registered, ISO-8601 UTC
 * @param updatedAt   when the site last changed, ISO-8601 UTC
 */
record SiteResponse(UUID id, String reference, UUID client, String name, String address, BigDecimal latitude,
                    BigDecimal longitude, String usage, boolean isProtected, boolean isActive, UUID country, UUID province,
                    UUID commune, UUID territory, Instant createdAt, Instant updatedAt) {

    static SiteResponse from(Site s) {
        Coordinates at = s.details().coordinates();
        return new SiteResponse(s.id(), s.reference(), s.clientId(), s.details().name(), s.details().address(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude(), s.details().usage().code(),
                s.details().isProtected(), s.details().active(), s.details().places().country(),
                s.details().places().province(), s.details().places().commune(), s.details().places().territory(),
                s.createdAt(), s.updatedAt());
    }
}
