package energy.mwolo.gateway.security;

import static energy.mwolo.gateway.security.AccessRules.Methods.ANY;
import static energy.mwolo.gateway.security.AccessRules.Methods.POST;
import static energy.mwolo.gateway.security.AccessRules.Methods.READ;
import static energy.mwolo.gateway.security.AccessRules.Methods.READ_OR_CREATE;
import static energy.mwolo.gateway.security.AccessRules.Methods.WRITE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * Who may reach what through the gateway: the coarse check, per path and method, before a request is forwarded.
 * Each service still checks fine-grained permissions and ownership itself (ARCHITECTURE.md section 6).
 *
 * <p>Read top to bottom; the first rule whose method and path match decides. The roles follow the seeded matrix in
 * DOMAIN.md "Roles and permissions": a role reaches a module when the matrix gives it any permission there. A
 * request no rule names needs a valid token (and then finds no route: 404).
 */
public final class AccessRules {

    /** The methods a rule covers. */
    enum Methods {
        READ(HttpMethod.GET, HttpMethod.HEAD),
        POST(HttpMethod.POST),
        READ_OR_CREATE(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST),
        WRITE(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE),
        ANY;

        final Set<HttpMethod> methods;

        Methods(HttpMethod... methods) {
            this.methods = Set.of(methods);
        }
    }

    /** One line of the table: {@code roles} empty means anyone (with {@code signedIn} false) or any signed-in user. */
    record Rule(Methods methods, String path, boolean signedIn, Set<String> roles) {
    }

    private static final String SUPER_ADMIN = "SUPER_ADMIN";
    private static final String ADMIN = "ADMIN";
    private static final String HR = "HR";
    private static final String ACCOUNTANT = "ACCOUNTANT";
    private static final String OPERATIONS = "OPERATIONS";
    private static final String SALES_AGENT = "SALES_AGENT";
    private static final String EMPLOYEE = "EMPLOYEE";
    private static final String CLIENT = "CLIENT";

    /** Every role but CLIENT: the people who build on the API and support its users. */
    private static final String[] STAFF = {SUPER_ADMIN, ADMIN, HR, ACCOUNTANT, OPERATIONS, SALES_AGENT, EMPLOYEE};

    /** The Swagger UI and the services' OpenAPI documents outside the dev profile: staff only. */
    static final List<Rule> API_DOCS_FOR_STAFF = List.of(
            roles(READ, "/api/docs/**", STAFF),
            roles(READ, "/v3/api-docs/**", STAFF));

    /** The same in the dev profile: anyone. */
    static final List<Rule> API_DOCS_FOR_ANYONE = List.of(
            anyone(READ, "/api/docs/**"),
            anyone(READ, "/v3/api-docs/**"));

    private static final List<Rule> ROUTES = List.of(
            // Without a token
            anyone(POST, "/api/auth/login/**"),
            anyone(POST, "/api/auth/refresh/**"),
            anyone(POST, "/api/auth/register/**"),
            anyone(ANY, "/api/auth/password/reset/**"),
            anyone(READ, "/.well-known/**"),
            anyone(READ, "/api/geo/**"),
            anyone(READ, "/api/agencies/**"),
            anyone(READ, "/api/cms/**"),
            anyone(POST, "/api/cms/leads/**"),
            anyone(POST, "/api/cms/testimonial-submissions/**"),
            anyone(POST, "/api/cms/newsletter/**"),
            anyone(POST, "/api/cms/job-offers/*/applications/**"),
            anyone(POST, "/api/billing/webhooks/**"),
            // Registered kiosks clock employees by badge with their own credential, which hr-service checks
            anyone(POST, "/api/hr/kiosk-clockings/**"),
            // The actuator is served on the management port only, which load balancers and scrapers reach from
            // inside; on the public port these paths find nothing (404).
            anyone(READ, "/actuator/**"),

            // identity-service
            signedIn(ANY, "/api/auth/**"),
            roles(ANY, "/api/accounts/**", SUPER_ADMIN, ADMIN),
            roles(ANY, "/api/core/**", SUPER_ADMIN),

            // geo-service (reads are public, above)
            roles(WRITE, "/api/geo/**", SUPER_ADMIN, ADMIN),
            roles(WRITE, "/api/agencies/**", SUPER_ADMIN, ADMIN),

            // hr-service: accountants read payroll runs' totals (hr-service refuses them payslips)
            roles(READ, "/api/hr/payroll-runs/**", SUPER_ADMIN, ADMIN, HR, ACCOUNTANT, EMPLOYEE),
            // hr-service: employees read their own records and record their own leave and attendance; managers
            // (employees too) review their team and employees acknowledge their reviews; clocking devices, badges,
            // geofences and agency-wide attendance are HR's
            roles(READ, "/api/hr/kiosks/**", SUPER_ADMIN, ADMIN, HR),
            roles(READ, "/api/hr/badges/**", SUPER_ADMIN, ADMIN, HR),
            roles(READ, "/api/hr/agency-geofences/**", SUPER_ADMIN, ADMIN, HR),
            roles(READ, "/api/hr/attendance/agencies/**", SUPER_ADMIN, ADMIN, HR),
            roles(READ, "/api/hr/**", SUPER_ADMIN, ADMIN, HR, EMPLOYEE),
            roles(WRITE, "/api/hr/leave-requests/**", SUPER_ADMIN, ADMIN, HR, EMPLOYEE),
            roles(WRITE, "/api/hr/attendance/**", SUPER_ADMIN, ADMIN, HR, EMPLOYEE),
            roles(WRITE, "/api/hr/evaluations/**", SUPER_ADMIN, ADMIN, HR, EMPLOYEE),
            roles(WRITE, "/api/hr/**", SUPER_ADMIN, ADMIN, HR),

            // crm-service: clients read their own records
            roles(READ, "/api/crm/**", SUPER_ADMIN, ADMIN, HR, ACCOUNTANT, OPERATIONS, SALES_AGENT, CLIENT),
            roles(WRITE, "/api/crm/**", SUPER_ADMIN, ADMIN, SALES_AGENT),

            // billing-service: clients read and pay their own invoices
            roles(POST, "/api/billing/payments/**", SUPER_ADMIN, ADMIN, ACCOUNTANT, CLIENT),
            roles(POST, "/api/billing/invoices/*/pay/**", SUPER_ADMIN, ADMIN, ACCOUNTANT, CLIENT),
            roles(POST, "/api/billing/mobile-money/requests/**", SUPER_ADMIN, ADMIN, ACCOUNTANT, CLIENT),
            // Parked paybill payments and the providers' reconciliation: those who settle money only
            roles(ANY, "/api/billing/mobile-money/unmatched/**", SUPER_ADMIN, ADMIN, ACCOUNTANT),
            roles(ANY, "/api/billing/mobile-money/reconciliation/**", SUPER_ADMIN, ADMIN, ACCOUNTANT),
            roles(READ, "/api/billing/**", SUPER_ADMIN, ADMIN, ACCOUNTANT, SALES_AGENT, CLIENT),
            roles(WRITE, "/api/billing/**", SUPER_ADMIN, ADMIN, ACCOUNTANT),

            // operations-service: sales agents and accountants read (the access rule, wider than the seeded
            // matrix); clients read their own meters and their own contracts' consumption
            roles(READ, "/api/operations/meters/**", SUPER_ADMIN, ADMIN, OPERATIONS, SALES_AGENT, ACCOUNTANT, CLIENT),
            roles(READ, "/api/operations/contracts/*/consumption/**", SUPER_ADMIN, ADMIN, OPERATIONS, SALES_AGENT,
                    ACCOUNTANT, CLIENT),
            roles(READ, "/api/operations/**", SUPER_ADMIN, ADMIN, OPERATIONS, SALES_AGENT, ACCOUNTANT),
            roles(ANY, "/api/operations/**", SUPER_ADMIN, ADMIN, OPERATIONS),

            // support-service: clients open and read their own tickets; operations reads its agency's outage and
            // meter tickets; support agents are employees whose role the matrix gives support rights (the service
            // checks support:read / support:update, so an employee without them is refused there)
            roles(READ, "/api/support/tickets/**", SUPER_ADMIN, ADMIN, CLIENT, OPERATIONS, EMPLOYEE),
            roles(READ_OR_CREATE, "/api/support/**", SUPER_ADMIN, ADMIN, CLIENT, EMPLOYEE),
            roles(ANY, "/api/support/**", SUPER_ADMIN, ADMIN, EMPLOYEE),

            // cms-service (public reads and leads above)
            roles(ANY, "/api/cms/**", SUPER_ADMIN, ADMIN),

            // audit-service
            roles(ANY, "/api/audit/**", SUPER_ADMIN, ADMIN));

    /** The table outside the dev profile (with {@link #API_DOCS_FOR_STAFF} first). */
    static final List<Rule> RULES = rules(false);

    private static List<Rule> rules(boolean apiDocsOpen) {
        List<Rule> rules = new ArrayList<>(apiDocsOpen ? API_DOCS_FOR_ANYONE : API_DOCS_FOR_STAFF);
        rules.addAll(ROUTES);
        return List.copyOf(rules);
    }

    private AccessRules() {
    }

    /** Installs the table, then "anything else needs a token". */
    public static void apply(AuthorizeExchangeSpec authorize, boolean apiDocsOpen) {
        for (Rule rule : rules(apiDocsOpen)) {
            if (rule.methods() == ANY) {
                grant(authorize.pathMatchers(rule.path()), rule);
            } else {
                for (HttpMethod method : rule.methods().methods) {
                    grant(authorize.pathMatchers(method, rule.path()), rule);
                }
            }
        }
        authorize.anyExchange().authenticated();
    }

    private static void grant(AuthorizeExchangeSpec.Access access, Rule rule) {
        if (!rule.signedIn()) {
            access.permitAll();
        } else if (rule.roles().isEmpty()) {
            access.authenticated();
        } else {
            access.hasAnyRole(rule.roles().toArray(String[]::new));
        }
    }

    private static Rule anyone(Methods methods, String path) {
        return new Rule(methods, path, false, Set.of());
    }

    private static Rule signedIn(Methods methods, String path) {
        return new Rule(methods, path, true, Set.of());
    }

    private static Rule roles(Methods methods, String path, String... roles) {
        return new Rule(methods, path, true, Set.of(roles));
    }
}
