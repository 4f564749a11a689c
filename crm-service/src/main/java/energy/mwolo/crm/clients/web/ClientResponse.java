package energy.mwolo.crm.clients.web;

import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer of the company, from prospect to closed, with its details.
 *
 * @param id                the client's id
 * @param clientNumber      the client's number, {@code CL-<YYYY>-<NNNNNN>} (the year it was registered, Kinshasa time)
 * @param kind              {@code individual} or {@code company}
 * @param firstName         an individual's first name; null when not given (a company)
 * @param lastName          an individual's last name; null when not given (a company)
 * @param postName          an individual's Congolese post-nom; null when not given
 * @param companyName       a company's name; null when not given (an individual)
 * @param displayName       the name to show: the company's name for a company, else first and last name
 * @param rccm              a company's trade register number (RCCM); null when not given
 * @param nif               the tax identification number (NIF); null when not given
 * @param email             the client's email, in lower case, unique among clients
 * @param phone             the client's mobile number as {@code +243} and 9 digits; null when none
 * @param address           the postal address; null when not given
 * @param agency            the agency that serves the client ({@code /api/agencies/}); null when none
 * @param status            {@code prospect}, {@code active}, {@code suspended} or {@code closed}
 * @param preferredLanguage the language the client is written to in: {@code fr} (French), {@code en} (English),
 *                          {@code ln} (Lingala) or {@code sw} (Swahili)
 * @param user              the identity-service account the customer signs in with; null until one is linked
 * @param country           the country of the address, a geo-service id; null when not given
 * @param province          the province of the address, a geo-service id; null when not given
 * @param commune           the commune of the address, a geo-service id; null when not given
 * @param territory         the territory of the address, a geo-service id; null when not given
 * @param createdAt         when the client was registered, ISO-8601 UTC
 * @param updatedAt         when the client last changed, ISO-8601 UTC
 */
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
