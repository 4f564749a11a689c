package energy.mwolo.operations.equipment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EquipmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final SiteId SITE = new SiteId(UUID.randomUUID());

    @Test
    void serialNumbersCompareIgnoringCaseAndSurroundingSpaces() {
        assertThat(new SerialNumber("  HXE310-kn-45 ").key()).isEqualTo(new SerialNumber("hxe310-KN-45").key());
        assertThat(new SerialNumber("  HXE310-kn-45 ").value()).isEqualTo("HXE310-kn-45");
        assertThatThrownBy(() -> new SerialNumber("HXE 310")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new SerialNumber("x".repeat(81))).isInstanceOf(InvalidField.class);
    }

    @Test
    void lastMaintenanceNeverPrecedesInstallationNorComesAfterToday() {
        assertThatThrownBy(() -> new EquipmentDetails(EquipmentStatus.ACTIVE, TODAY, TODAY.minusDays(1), null))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.maintenance_before_install"));
        EquipmentDetails tomorrow = new EquipmentDetails(EquipmentStatus.ACTIVE, null, TODAY.plusDays(1), null);

        assertThatThrownBy(() -> Equipment.register(EquipmentType.BREAKER, new SerialNumber("B-1"), SITE, tomorrow,
                TODAY)).isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.maintenance_in_future"));
    }

    @Test
    void maintenanceMovesForwardOnlySoLateCompletionsKeepTheLatestDay() {
        Equipment equipment = Equipment.register(EquipmentType.TRANSFORMER, new SerialNumber("TR-1"), SITE,
                new EquipmentDetails(EquipmentStatus.ACTIVE, TODAY.minusYears(2), TODAY.minusDays(30), null), TODAY);

        assertThat(equipment.maintainedOn(TODAY)).isTrue();
        assertThat(equipment.maintainedOn(TODAY.minusDays(3))).isFalse();
        assertThat(equipment.maintainedOn(TODAY)).isFalse();
        assertThat(equipment.details().lastMaintenance()).isEqualTo(TODAY);
    }

    @Test
    void aRevisionKeepsTypeSerialAndSite() {
        Equipment equipment = Equipment.register(EquipmentType.METER, new SerialNumber("M-1"), SITE,
                new EquipmentDetails(EquipmentStatus.ACTIVE, TODAY, null, "poteau 12"), TODAY);

        equipment.revise(new EquipmentDetails(EquipmentStatus.FAULTY, TODAY, null, "  afficheur éteint "), TODAY);

        assertThat(equipment.details().status()).isEqualTo(EquipmentStatus.FAULTY);
        assertThat(equipment.details().notes()).isEqualTo("afficheur éteint");
        assertThat(equipment.isMeter()).isTrue();
        assertThat(equipment.serialNumber().value()).isEqualTo("M-1");
        assertThat(equipment.site()).isEqualTo(SITE);
    }
}
