package energy.mwolo.crm.interactions;

import java.util.UUID;

record InteractionQuery(UUID client, String type, UUID author, UUID onlyClient, boolean restricted) {
}
