package energy.mwolo.crm.contracts.application;

import java.util.UUID;

public record ContractQuery(UUID client, UUID site, String status, String contractType, String ordering,
                            UUID onlyClient, boolean restricted) {
}
