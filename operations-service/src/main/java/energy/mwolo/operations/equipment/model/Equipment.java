package energy.mwolo.operations.equipment.model;

import energy.mwolo.operations.kernel.SiteId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A device on a customer's site. Its type, serial number and site never change: a device taken elsewhere is
 * another installation, registered anew. It is never deleted either (meters and interventions refer to it): it is
 * set inactive.
 */
public final class Equipment {

    private final EquipmentId id;
    private final EquipmentType type;
    private final SerialNumber serialNumber;
    private final SiteId site;
    private EquipmentDetails details;

    private Equipment(EquipmentId id, EquipmentType type, SerialNumber serialNumber, SiteId site,
                      EquipmentDetails details) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.serialNumber = Objects.requireNonNull(serialNumber, "serialNumber");
        this.site = Objects.requireNonNull(site, "site");
        this.details = Objects.requireNonNull(details, "details");
    }

    public static Equipment register(EquipmentType type, SerialNumber serialNumber, SiteId site,
                                     EquipmentDetails details, LocalDate today) {
        return new Equipment(EquipmentId.newId(), type, serialNumber, site, details.checkedOn(today));
    }

    /** Rebuilds a piece of equipment from storage. */
    public static Equipment restore(EquipmentId id, EquipmentType type, SerialNumber serialNumber, SiteId site,
                                    EquipmentDetails details) {
        return new Equipment(id, type, serialNumber, site, details);
    }

    /** Replaces what people may change. */
    public void revise(EquipmentDetails newDetails, LocalDate today) {
        details = newDetails.checkedOn(today);
    }

    /**
     * Records maintenance done on {@code day}; an older day than the one known changes nothing (interventions may be
     * completed out of order).
     *
     * @return whether the last maintenance moved
     */
    public boolean maintainedOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (details.lastMaintenance() != null && !day.isAfter(details.lastMaintenance())) {
            return false;
        }
        details = details.withLastMaintenance(day);
        return true;
    }

    public boolean isMeter() {
        return type == EquipmentType.METER;
    }

    public EquipmentId id() {
        return id;
    }

    public EquipmentType type() {
        return type;
    }

    public SerialNumber serialNumber() {
        return serialNumber;
    }

    public SiteId site() {
        return site;
    }

    public EquipmentDetails details() {
        return details;
    }
}
