package energy.mwolo.hr.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.devdata.DevStaff;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dev profile's staff, as {@code rh@mwolo.local} and {@code employe@mwolo.local} find them on the devstack. This
 * context shares the database with the others; its own relay is off (the other contexts' relay owns the slot).
 */
@ActiveProfiles("dev")
@TestPropertySource(properties = {"mwolo.outbox.relay.enabled=false", "mwolo.dev-data.retry-every=1s"})
class DevStaffSeedIT extends AbstractApiIT {

    private static final UUID OFFICER = DevStaff.employeeId(DevStaff.HR_EMAIL);
    private static final UUID TECHNICIAN = DevStaff.employeeId(DevStaff.EMPLOYEE_EMAIL);

    @Autowired
    private DevStaffSeed seed;

    @Test
    void onceGeoAnnouncesTheDevAgencyTheEmployeeFindsRecordManagerLeaveRequestAndPayslipAndNothingIsSeededTwice() {
        assertThat(seed.seed()).as("nothing to do before geo announces the dev agency").isFalse();
        UUID agency = UUID.randomUUID();
        try (ServiceEvents geo = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.GEO)) {
            geo.publish(AgencyOpened.CONTRACT, agency, new AgencyOpened(agency, "AG-KN-077", DevStaff.AGENCY_NAME,
                    UUID.randomUUID(), "KN", "CD", null, null, null, null, null, null, null, null, true,
                    Instant.now()));
        }
        String employee = Tokens.employee(TECHNICIAN);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("/api/hr/leave-requests/").as(employee).send().json().path("count").asLong() == 1);

        assertThat(seed.seed()).as("a later start finds everything there").isTrue();
        Api.Reply me = api.get("/api/hr/employees/me/").as(employee).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(TECHNICIAN.toString());
        assertThat(me.json().path("first_name").asString()).isEqualTo("Fiston");
        assertThat(me.json().path("agency").asString()).isEqualTo(agency.toString());
        assertThat(me.json().path("manager").asString()).isEqualTo(OFFICER.toString());
        assertThat(me.json().path("user_id").asString())
                .isEqualTo(DevStaff.userId(DevStaff.EMPLOYEE_EMAIL).toString());
        Api.Reply officer = api.get("/api/hr/employees/" + OFFICER + "/").as(Tokens.hr()).send();
        assertThat(officer.json().path("position").asString()).isEqualTo("responsable_rh");
        assertThat(officer.json().path("user_id").asString()).isEqualTo(DevStaff.userId(DevStaff.HR_EMAIL).toString());

        JsonNode requests = api.get("/api/hr/leave-requests/").as(employee).send().json();
        assertThat(requests.path("count").asLong()).isEqualTo(1);
        JsonNode request = requests.path("results").get(0);
        assertThat(request.path("leave_type").asString()).isEqualTo("annual");
        assertThat(request.path("status").asString()).isEqualTo("submitted");
        assertThat(request.path("days").asString()).isEqualTo("3.0");
        assertThat(request.path("reason").asString()).isEqualTo(DevStaffSeed.LEAVE_REASON);
        JsonNode payslips = api.get("/api/hr/payslips/").as(employee).send().json();
        assertThat(payslips).hasSize(1);
        assertThat(payslips.get(0).path("month").asString())
                .isEqualTo(YearMonth.now(ZoneId.of("Africa/Kinshasa")).minusMonths(1).toString());
        assertThat(payslips.get(0).path("status").asString()).isEqualTo("paid");
        assertThat(payslips.get(0).path("base").asString()).isEqualTo("650.00");
        assertThat(jdbc.sql("select count(*) from payroll_runs where agency_id = ?").param(agency)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from employees where id in (?, ?)").param(OFFICER).param(TECHNICIAN)
                .query(Long.class).single()).isEqualTo(2);
    }
}
