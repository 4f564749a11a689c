package energy.mwolo.operations.equipment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A piece of equipment as lists and details show it, with its site's reference and name when crm told them. */
public record EquipmentView(UUID id, String type, String serialNumber, UUID site, String siteReference,
                            String siteName, String status, LocalDate installDate, LocalDate lastMaintenance,
                            String notes, Instant createdAt, Instant updatedAt) {
}
