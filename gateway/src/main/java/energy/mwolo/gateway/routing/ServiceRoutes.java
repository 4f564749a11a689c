package energy.mwolo.gateway.routing;

import java.util.List;

/** Which paths each service answers; the service's name keys its URL, timeout and breaker. */
final class ServiceRoutes {

    record ServiceRoute(String service, List<String> paths) {

        ServiceRoute(String service, String... paths) {
            this(service, List.of(paths));
        }
    }

    static final List<ServiceRoute> ROUTES = List.of(
            new ServiceRoute("identity", "/api/auth/**", "/api/accounts/**", "/api/core/**", "/.well-known/**"),
            new ServiceRoute("geo", "/api/geo/**", "/api/agencies/**"),
            new ServiceRoute("hr", "/api/hr/**"),
            new ServiceRoute("crm", "/api/crm/**"),
            new ServiceRoute("billing", "/api/billing/**"),
            new ServiceRoute("operations", "/api/operations/**"),
            new ServiceRoute("support", "/api/support/**"),
            new ServiceRoute("cms", "/api/cms/**"),
            new ServiceRoute("audit", "/api/audit/**"));

    private ServiceRoutes() {
    }

    /** The gateway path of a service's OpenAPI document (the service serves it at {@code /v3/api-docs}). */
    static String apiDocsPath(String service) {
        return "/v3/api-docs/" + service;
    }
}
