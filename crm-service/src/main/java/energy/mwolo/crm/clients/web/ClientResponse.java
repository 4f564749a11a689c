package energy.mwolo.crm.clients.web;

import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import java.time.Instant;
import java.util.UUID;

record ClientResponse(UUID id, String clientNumber, String kind, String firstName, String lastName,
                      String postName, String companyName, String displayName, String rccm, String nif,
                      String email, String phone, String address, UUID agency, String status,
                      String preferredLanguage, UUID user, UUID country, UUID province, UUID commune,
                      UUID territory, Instant createdAt, Instant updatedAt) {

    static ClientResponse from(Client c) {
        ClientDetails d = c.details();
        return new ClientResponse(c.id(), c.number(), d.kind().code(), d.firstName(), d.lastName(), d.postName(),
                d.companyName(), d.displayName(), d.rccm(), d.nif(), d.email(),
                d.phone() == null ? null : d.phone().value(), d.address(), d.agencyId(), c.status().code(),
                d.preferredLanguage(), c.userId(), d.places().country(), d.places().province(),
                d.places().commune(), d.places().territory(), c.createdAt(), c.updatedAt());
    }
}
