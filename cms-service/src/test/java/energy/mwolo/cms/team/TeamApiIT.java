package energy.mwolo.cms.team;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.contracts.hr.EmployeeHired;
import energy.mwolo.contracts.hr.EmployeeLeft;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class TeamApiIT extends AbstractApiIT {

    private static EmployeeHired hired(UUID id, String lastName, boolean keyStaff, Instant at) {
        return new EmployeeHired(id, "EMP-00042", UUID.randomUUID(), "Aline", lastName, null, "directeur_agence",
                "direction", "cdi", LocalDate.of(2024, 1, 2), null, "active", null, null, keyStaff,
                "https://mwolo.energy/equipe/aline.jpg", "Vingt ans de réseau.", at);
    }

    private String team() {
        return api.get("/api/cms/team/?page_size=100").send().body();
    }

    @Test
    void keyStaffAnnouncedByHrAppearWithStaffsOverridesAndLeaveWhenTheyLeave() {
        UUID keyStaff = UUID.randomUUID();
        String name = "Kalala-" + keyStaff.toString().substring(0, 6);
        UUID other = UUID.randomUUID();
        String otherName = "Mbuyi-" + other.toString().substring(0, 6);
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        try (ServiceEvents hr = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.HR)) {
            hr.publish(EmployeeHired.CONTRACT, keyStaff, hired(keyStaff, name, true, at));
            hr.publish(EmployeeHired.CONTRACT, other, hired(other, otherName, false, at));
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(team()).contains(name));
        assertThat(team()).doesNotContain(otherName);

        Api.Reply overridden = api.put("/api/cms/team/" + keyStaff + "/", Map.of("role_title_fr", "Directrice",
                "role_title_en", "Director", "display_order", 1, "hidden", false)).as(Tokens.admin()).send();
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(api.get("/api/cms/team/?lang=en&page_size=100").send().body()).contains("Director");

        try (ServiceEvents hr = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.HR)) {
            hr.publish(EmployeeLeft.CONTRACT, keyStaff, new EmployeeLeft(keyStaff, "EMP-00042", UUID.randomUUID(),
                    LocalDate.of(2026, 4, 1), at.plusSeconds(3600)));
            hr.publish(EmployeeHired.CONTRACT, keyStaff, hired(keyStaff, name, true, at));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(team()).doesNotContain(name));
    }
}
