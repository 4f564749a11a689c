package energy.mwolo.crm.clients.web;

import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientKind;
import energy.mwolo.crm.clients.model.PhoneNumber;
import energy.mwolo.crm.geography.PlaceIds;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A client as staff send it. The number is generated and never accepted. In a PATCH, absent fields keep their
 * value; {@code status} moves the client through its state machine.
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
