package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import java.util.Objects;
import java.util.UUID;

/**
 * The piece of equipment a meter is: of type meter, on a site. A meter stands where its equipment stands, and
 * equipment never moves, so the meter's site is fixed too.
 */
public record MeterEquipment(UUID id, SiteId site) {

    public MeterEquipment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(site, "site");
    }

    /** @param isMeter whether the equipment's type is {@code meter}; a breaker cannot become a meter */
    public static MeterEquipment of(UUID id, boolean isMeter, SiteId site) {
        if (!isMeter) {
            throw new InvalidField("equipment", "meters.equipment.not_a_meter", id);
        }
        return new MeterEquipment(id, site);
    }
}
