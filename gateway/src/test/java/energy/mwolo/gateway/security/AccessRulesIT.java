package energy.mwolo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.Tokens;
import energy.mwolo.gateway.Upstreams;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route group, read and write, for every role, through the gateway to the stub services: {@code +} means the
 * request is forwarded (the stub answers 200; audit-service is down, so 503), {@code -} means 403 at the gateway.
 * The table is written out here on purpose, from DOMAIN.md's matrix, not derived from {@link AccessRules}.
 */
class AccessRulesIT extends GatewayIT {

    private static final List<String> ROLES = List.of("SUPER_ADMIN", "ADMIN", "HR", "ACCOUNTANT", "OPERATIONS",
            "SALES_AGENT", "EMPLOYEE", "CLIENT");

    //       method path                               SA AD HR AC OP SA EM CL
    private static final String MATRIX = """
            GET    /api/auth/me/                       +  +  +  +  +  +  +  +
            POST   /api/auth/logout/                   +  +  +  +  +  +  +  +
            GET    /api/accounts/users/                +  +  -  -  -  -  -  -
            POST   /api/accounts/users/                +  +  -  -  -  -  -  -
            GET    /api/core/settings/                 +  -  -  -  -  -  -  -
            PUT    /api/core/settings/currency/        +  -  -  -  -  -  -  -
            GET    /api/geo/provinces/                 +  +  +  +  +  +  +  +
            POST   /api/geo/provinces/                 +  +  -  -  -  -  -  -
            GET    /api/agencies/                      +  +  +  +  +  +  +  +
            PATCH  /api/agencies/AG-KN-001/            +  +  -  -  -  -  -  -
            GET    /api/hr/employees/                  +  +  +  -  -  -  +  -
            POST   /api/hr/employees/                  +  +  +  -  -  -  -  -
            POST   /api/hr/leave-requests/             +  +  +  -  -  -  +  -
            PUT    /api/hr/employees/E-1/              +  +  +  -  -  -  -  -
            POST   /api/hr/employees/E-1/account/      +  +  +  -  -  -  -  -
            GET    /api/hr/employees/E-1/leave-balances/ +  +  +  -  -  -  +  -
            POST   /api/hr/leave-requests/L-1/approve/ +  +  +  -  -  -  +  -
            POST   /api/hr/leave-allocations/          +  +  +  -  -  -  -  -
            POST   /api/hr/leave-accruals/             +  +  +  -  -  -  -  -
            POST   /api/hr/leave-years/2026/close/     +  +  +  -  -  -  -  -
            GET    /api/hr/attendance/                 +  +  +  -  -  -  +  -
            POST   /api/hr/attendance/clock-in/        +  +  +  -  -  -  +  -
            POST   /api/hr/attendance/clock-out/       +  +  +  -  -  -  +  -
            DELETE /api/hr/payroll-runs/2026-01/       +  +  +  -  -  -  -  -
            GET    /api/hr/payroll-runs/               +  +  +  +  -  -  +  -
            GET    /api/hr/payroll-runs/R-1/payslips/  +  +  +  +  -  -  +  -
            POST   /api/hr/payroll-runs/               +  +  +  -  -  -  -  -
            POST   /api/hr/payroll-runs/R-1/validate/  +  +  +  -  -  -  -  -
            GET    /api/hr/payslips/P-1/pdf/           +  +  +  -  -  -  +  -
            PUT    /api/hr/payroll-inputs/E-1/2026-03/ +  +  +  -  -  -  -  -
            POST   /api/hr/exchange-rates/             +  +  +  -  -  -  -  -
            POST   /api/hr/employees/E-1/status/       +  +  +  -  -  -  -  -
            GET    /api/hr/attendance/agencies/A-1/    +  +  +  -  -  -  -  -
            GET    /api/hr/kiosks/                     +  +  +  -  -  -  -  -
            POST   /api/hr/kiosks/                     +  +  +  -  -  -  -  -
            POST   /api/hr/kiosks/K-1/revoke/          +  +  +  -  -  -  -  -
            GET    /api/hr/badges/                     +  +  +  -  -  -  -  -
            POST   /api/hr/badges/                     +  +  +  -  -  -  -  -
            GET    /api/hr/agency-geofences/A-1/       +  +  +  -  -  -  -  -
            PUT    /api/hr/agency-geofences/A-1/       +  +  +  -  -  -  -  -
            POST   /api/hr/kiosk-clockings/            +  +  +  +  +  +  +  +
            GET    /api/hr/evaluation-periods/         +  +  +  -  -  -  +  -
            POST   /api/hr/evaluation-periods/         +  +  +  -  -  -  -  -
            GET    /api/hr/evaluations/                +  +  +  -  -  -  +  -
            POST   /api/hr/evaluations/                +  +  +  -  -  -  +  -
            PUT    /api/hr/evaluations/V-1/scores/     +  +  +  -  -  -  +  -
            POST   /api/hr/evaluations/V-1/acknowledge/ +  +  +  -  -  -  +  -
            GET    /api/crm/clients/                   +  +  +  +  +  +  -  +
            POST   /api/crm/clients/                   +  +  -  -  -  +  -  -
            GET    /api/billing/invoices/              +  +  -  +  -  +  -  +
            POST   /api/billing/invoices/              +  +  -  +  -  -  -  -
            POST   /api/billing/payments/              +  +  -  +  -  -  -  +
            POST   /api/billing/mobile-money/requests/ +  +  -  +  -  -  -  +
            GET    /api/billing/mobile-money/unmatched/ +  +  -  +  -  -  -  -
            POST   /api/billing/mobile-money/unmatched/P-1/assign/ +  +  -  +  -  -  -  -
            GET    /api/billing/mobile-money/reconciliation/mpesa/2026-12-03/ +  +  -  +  -  -  -  -
            GET    /api/operations/meters/             +  +  -  +  +  +  -  +
            POST   /api/operations/meters/             +  +  -  -  +  -  -  -
            GET    /api/operations/equipment/          +  +  -  +  +  +  -  -
            GET    /api/operations/contracts/C-1/consumption/ +  +  -  +  +  +  -  +
            GET    /api/operations/contracts/C-1/      +  +  -  +  +  +  -  -
            GET    /api/operations/interventions/      +  +  -  +  +  +  -  -
            POST   /api/operations/interventions/      +  +  -  -  +  -  -  -
            PATCH  /api/operations/equipment/E-1/      +  +  -  -  +  -  -  -
            GET    /api/support/tickets/               +  +  -  -  +  -  +  +
            POST   /api/support/tickets/               +  +  -  -  -  -  +  +
            PATCH  /api/support/tickets/TK-2026-1/     +  +  -  -  -  -  +  -
            GET    /api/cms/pages/                     +  +  +  +  +  +  +  +
            POST   /api/cms/pages/                     +  +  -  -  -  -  -  -
            GET    /api/audit/entries/                 +  +  -  -  -  -  -  -
            POST   /api/audit/chain/verify/            +  +  -  -  -  -  -  -
            """;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < ROLES.size(); i++) {
                cases.add(Arguments.of(cells[0], cells[1], ROLES.get(i), cells[2 + i].equals("+")));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2} {0} {1} allowed={3}")
    @MethodSource("matrix")
    void forwardsOnlyWhatTheRoleMayReach(String method, String path, String role, boolean allowed) {
        Api.Call call = api.method(method, path).as(Tokens.user(role));
        if (!method.equals("GET")) {
            call.body("{}");
        }

        Api.Reply reply = call.send();

        if (!allowed) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("auth.permission_denied");
        } else if (path.startsWith("/api/audit/")) {
            assertThat(reply.status()).as("audit-service is down: " + reply).isEqualTo(503);
        } else {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.json().path("path").asString()).isEqualTo(path);
        }
    }

    @Test
    void coversEveryRunningService() {
        List<String> services = matrix().map(a -> (String) a.get()[1]).map(p -> p.split("/")[2]).distinct().toList();

        assertThat(services).contains("auth", "accounts", "core", "geo", "agencies", "hr", "crm", "billing",
                "operations", "support", "cms", "audit");
        assertThat(Upstreams.RUNNING).hasSize(8);
    }

    @Test
    void mapsKeycloakRealmRolesLikeOurOwn() {
        Api.Reply admin = api.get("/api/accounts/users/").as(Tokens.sso("ADMIN")).send();
        Api.Reply client = api.get("/api/accounts/users/").as(Tokens.sso("CLIENT")).send();

        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        assertThat(client.status()).as(client.toString()).isEqualTo(403);
    }

    @Test
    void refusesARoleInTheWrongClaim() {
        // Our issuer's roles live in "roles": a realm_access claim in one of our tokens grants nothing.
        String token = Tokens.ssoSigned(new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .issuer(Tokens.SSO_ISSUER).audience(Tokens.SSO_AUDIENCE).subject("someone")
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 60_000))
                .claim("roles", List.of("ADMIN")).build());

        assertThat(api.get("/api/accounts/users/").as(token).send().status()).isEqualTo(403);
    }
}
