package energy.mwolo.crm.sites.web;

import energy.mwolo.crm.sites.model.Coordinates;
import energy.mwolo.crm.sites.model.Site;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

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
