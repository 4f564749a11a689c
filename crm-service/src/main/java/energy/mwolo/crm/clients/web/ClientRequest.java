package energy.mwolo.crm.clients.web;

import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientKind;
import energy.mwolo.crm.clients.model.PhoneNumber;
import energy.mwolo.crm.geography.PlaceIds;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A client as staff send it: to register one (POST), replace its details (PUT) or change some of them (PATCH). The
 * number is generated and never accepted. A PUT replaces every detail, clearing what it leaves out; in a PATCH, absent
 * fields keep their value and {@code status} moves the client through its state machine (POST and PUT ignore it). Place
 * ids are checked with geo-service: each must exist and lie within the others given.
 *
 * @param kind              {@code individual} or {@code company}; required, except in a PATCH
 * @param firstName         an individual's first name, at most 100 characters; required for an individual
 * @param lastName          an individual's last name, at most 100 characters; required for an individual
 * @param postName          an individual's Congolese post-nom, optional, at most 100 characters
 * @param companyName       a company's name, at most 200 characters; required for a company
 * @param rccm              a company's trade register number (RCCM), optional, at most 50 characters
 * @param nif               the tax identification number (NIF), optional, at most 50 characters
 * @param email             the client's email, required; unique among clients whatever the case, kept in lower case
 * @param phone             a DR Congo mobile number, written as people do ({@code 0812345678},
 *                          {@code +243 81 234 5678}), kept as {@code +243} and 9 digits; optional, blank for none
 *                          (refused in a PATCH)
 * @param address           the postal address as people write it, optional, at most 255 characters
 * @param agency            the agency that serves the client ({@code /api/agencies/}), an open one; optional
 * @param preferredLanguage the language the client is written to in: {@code fr} (French), {@code en} (English),
 *                          {@code ln} (Lingala) or {@code sw} (Swahili); {@code fr} when absent
 * @param status            in a PATCH only, the status to move to: {@code prospect}, {@code active}, {@code suspended}
 *                          or {@code closed}; a prospect becomes active or closed, an active client suspended or
 *                          closed, a suspended one active or closed; closed is final
 * @param country           the country where the address lies ({@code /api/geo/countries/}), optional
 * @param province          the province where the address lies ({@code /api/geo/provinces/}), optional
 * @param commune           the commune where the address lies ({@code /api/geo/communes/}), optional
 * @param territory         the territory where the address lies ({@code /api/geo/territories/}), optional
 */
record ClientRequest(
        String kind,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 100) String postName,
        @Size(max = 200) String companyName,
        @Size(max = 50) String rccm,
        @Size(max = 50) String nif,
        @Email @Size(max = 254) String email,
        @Size(max = 30) String phone,
        @Size(max = 255) String address,
        UUID agency,
        String preferredLanguage,
        String status,
        UUID country,
        UUID province,
        UUID commune,
        UUID territory) {

    ClientDetails details() {
        return new ClientDetails(kind == null ? null : ClientKind.of(kind), firstName, lastName, postName,
                companyName, rccm, nif, email, phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone),
                address, agency, preferredLanguage, places());
    }

    ClientDetails over(ClientDetails d) {
        return new ClientDetails(kind == null ? d.kind() : ClientKind.of(kind), or(firstName, d.firstName()),
                or(lastName, d.lastName()), or(postName, d.postName()), or(companyName, d.companyName()),
                or(rccm, d.rccm()), or(nif, d.nif()), or(email, d.email()),
                phone == null ? d.phone() : PhoneNumber.parse(phone), or(address, d.address()),
                agency == null ? d.agencyId() : agency, or(preferredLanguage, d.preferredLanguage()),
                places().over(d.places()));
    }

    boolean changesDetails() {
        return kind != null || firstName != null || lastName != null || postName != null || companyName != null
                || rccm != null || nif != null || email != null || phone != null || address != null
                || agency != null || preferredLanguage != null || !places().isEmpty();
    }

    private PlaceIds places() {
        return new PlaceIds(country, province, commune, territory);
    }

    private static String or(String value, String current) {
        return value == null ? current : value;
    }
}
