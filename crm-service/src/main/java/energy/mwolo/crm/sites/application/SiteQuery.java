package energy.mwolo.crm.sites.application;

import java.util.UUID;

public record SiteQuery(UUID client, Boolean active, String search, UUID onlyClient, boolean restricted) {
}
