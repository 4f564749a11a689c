package energy.mwolo.crm.sites.model;

import java.time.Instant;
import java.util.UUID;

/** A service point where the company delivers power to one client. */
public record Site(UUID id, String reference, UUID clientId, SiteDetails details, Instant createdAt,
                   Instant updatedAt) {

    public static String reference(long sequence) {
        return String.format("SITE-%06d", sequence);
    }

    public Site revise(SiteDetails revised, Instant now) {
        return new Site(id, reference, clientId, revised, createdAt, now);
    }
}
