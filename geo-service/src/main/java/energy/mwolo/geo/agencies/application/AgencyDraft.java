package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.Agency;
import energy.mwolo.geo.agencies.model.AgencyDetails;
import energy.mwolo.geo.agencies.model.Coordinates;
import energy.mwolo.geo.agencies.model.UserId;
import java.math.BigDecimal;
import java.util.UUID;

/** An agency as a request describes it: everything but its code, which is generated, and its state. */
public record AgencyDraft(UUID province, UUID territory, String name, String address, String phone, String email,
                          UUID manager, BigDecimal latitude, BigDecimal longitude, String openingHours) {

    AgencyDetails details() {
        return new AgencyDetails(name, address, phone, email, manager == null ? null : new UserId(manager),
                Coordinates.ofNullable(latitude, longitude), openingHours);
    }

    /** This draft as a partial update of {@code current}: fields left out (null) keep their current value. */
    AgencyDraft over(Agency current) {
        AgencyDetails now = current.details();
        Coordinates position = now.coordinates();
        return new AgencyDraft(
                province == null ? current.location().province().value() : province,
                territory == null && current.location().territory() != null
                        ? current.location().territory().value() : territory,
                name == null ? now.name() : name,
                address == null ? now.address() : address,
                phone == null ? now.phone() : phone,
                email == null ? now.email() : email,
                manager == null && now.manager() != null ? now.manager().value() : manager,
                latitude == null && position != null ? position.latitude() : latitude,
                longitude == null && position != null ? position.longitude() : longitude,
                openingHours == null ? now.openingHours() : openingHours);
    }
}
