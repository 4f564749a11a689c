package energy.mwolo.systemtests.devstory;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.contracts.devdata.DevStaff;
import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.RunningPlatform;
import energy.mwolo.systemtests.billing.Customers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What each dev account finds on a fresh devstack (devstack/README.md, "The dev customer"), over the real gateway and
 * services in the dev profile, nothing created by the test: every part is seeded by the service that owns it and
 * reaches the others by their events (geo's agency before hr's staff, crm's client before support's ticket).
 */
class DevStoryIT {

    @RegisterExtension
    static final RunningPlatform PLATFORM = DevStoryPlatform.platform();

    /** The seeds that wait for another service's events try every 10 s. */
    private static final Duration SEEDED = Duration.ofSeconds(120);

    @Test
    void theCustomerFindsItsClientItsHomeContractAndItsQuestionToSupport() {
        String customer = Customers.signIn(gateway(), DevCustomer.EMAIL, "client123");

        Api.Reply me = gateway().get("/api/crm/clients/me/").as(customer).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(DevCustomer.clientId().toString());
        JsonNode contracts = gateway().get("/api/crm/contracts/").as(customer).send().json();
        assertThat(contracts.path("results").valueStream().map(c -> c.path("id").asString()))
                .contains(DevCustomer.homeContractId().toString());
        JsonNode tickets = Awaitility.await().atMost(SEEDED).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway().get("/api/support/tickets/").as(customer).send().json(),
                        page -> page.path("count").asLong() >= 1);
        JsonNode ticket = tickets.path("results").get(0);
        assertThat(ticket.path("category").asString()).isEqualTo("billing");
        assertThat(ticket.path("site").asString()).isEqualTo(DevCustomer.homeSiteId().toString());
        assertThat(ticket.path("status").asString()).isEqualTo("open");
    }

    @Test
    void theEmployeeFindsTheirRecordLeaveRequestAndPayslipAndHrFindsTheTeamAndTheRequestToDecide() {
        String employee = Customers.signIn(gateway(), DevStaff.EMPLOYEE_EMAIL, "employe123");
        String hr = Customers.signIn(gateway(), DevStaff.HR_EMAIL, "rh123");
        String admin = Customers.signIn(gateway(), "admin@mwolo.local", "admin123");

        Api.Reply me = Awaitility.await().atMost(SEEDED).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway().get("/api/hr/employees/me/").as(employee).send(),
                        reply -> reply.status() == 200);
        assertThat(me.json().path("id").asString())
                .isEqualTo(DevStaff.employeeId(DevStaff.EMPLOYEE_EMAIL).toString());
        assertThat(me.json().path("manager").asString()).isEqualTo(DevStaff.employeeId(DevStaff.HR_EMAIL).toString());
        JsonNode agencies = gateway().get("/api/agencies/?search="
                + URLEncoder.encode(DevStaff.AGENCY_NAME, StandardCharsets.UTF_8)).as(admin).send().json();
        assertThat(agencies.path("count").asLong()).isEqualTo(1);
        assertThat(me.json().path("agency").asString())
                .isEqualTo(agencies.path("results").get(0).path("id").asString());

        JsonNode own = Awaitility.await().atMost(SEEDED).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway().get("/api/hr/leave-requests/").as(employee).send().json(),
                        page -> page.path("count").asLong() >= 1);
        JsonNode request = own.path("results").get(0);
        assertThat(request.path("status").asString()).isEqualTo("submitted");
        JsonNode toDecide = gateway().get("/api/hr/leave-requests/?status=submitted").as(hr).send().json();
        assertThat(toDecide.path("results").valueStream().map(r -> r.path("id").asString()))
                .contains(request.path("id").asString());
        JsonNode payslips = gateway().get("/api/hr/payslips/").as(employee).send().json();
        assertThat(payslips.valueStream().map(p -> p.path("status").asString())).containsExactly("paid");
        JsonNode team = gateway().get("/api/hr/employees/?agency=" + me.json().path("agency").asString())
                .as(hr).send().json();
        assertThat(team.path("results").valueStream().map(e -> e.path("first_name").asString()))
                .contains("Grâce", "Fiston");
    }

    private static Api gateway() {
        return new Api(PLATFORM.gatewayUrl());
    }
}
