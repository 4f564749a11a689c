package energy.mwolo.contracts.services;

import static energy.mwolo.contracts.services.DatabaseKind.APPEND_ONLY;
import static energy.mwolo.contracts.services.DatabaseKind.NONE;
import static energy.mwolo.contracts.services.DatabaseKind.OWNED;
import static energy.mwolo.contracts.services.PlatformService.Status.AVAILABLE;
import static energy.mwolo.contracts.services.PlatformService.Status.PLANNED;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Every deployable of the platform, each with its HTTP port and its management port (the HTTP port + 1000, by
 * convention). The devstack, the gateway's routes, upstream URLs and API-docs list, and the system tests derive from
 * this list; a test checks the READMEs, the services' settings and the gateway's access rules against it. Adding a
 * service starts here.
 */
public final class ServiceCatalogue {

    public static final PlatformService IDENTITY = new PlatformService("identity", "identity-service", 8081, 9081,
            OWNED, List.of("/api/auth/**", "/api/accounts/**", "/api/core/**", "/.well-known/**"), AVAILABLE);
    public static final PlatformService GEO = new PlatformService("geo", "geo-service", 8082, 9082, OWNED,
            List.of("/api/geo/**", "/api/agencies/**"), AVAILABLE);
    public static final PlatformService HR = new PlatformService("hr", "hr-service", 8083, 9083, OWNED,
            List.of("/api/hr/**"), AVAILABLE);
    public static final PlatformService CRM = new PlatformService("crm", "crm-service", 8084, 9084, OWNED,
            List.of("/api/crm/**"), AVAILABLE);
    public static final PlatformService BILLING = new PlatformService("billing", "billing-service", 8085, 9085, OWNED,
            List.of("/api/billing/**"), AVAILABLE);
    public static final PlatformService OPERATIONS = new PlatformService("operations", "operations-service", 8086, 9086,
            OWNED, List.of("/api/operations/**"), AVAILABLE);
    public static final PlatformService SUPPORT = new PlatformService("support", "support-service", 8087, 9087, OWNED,
            List.of("/api/support/**"), AVAILABLE);
    public static final PlatformService CMS = new PlatformService("cms", "cms-service", 8088, 9088, OWNED,
            List.of("/api/cms/**"), AVAILABLE);
    public static final PlatformService AUDIT = new PlatformService("audit", "audit-service", 8089, 9089, APPEND_ONLY,
            List.of("/api/audit/**"), AVAILABLE);
    /** The one entry point; listed last because it is started after the services behind it. */
    public static final PlatformService GATEWAY = new PlatformService("gateway", "gateway", 8080, 9080, NONE,
            List.of(), AVAILABLE);

    private static final List<PlatformService> ALL = checked(List.of(
            IDENTITY, GEO, HR, CRM, BILLING, OPERATIONS, SUPPORT, CMS, AUDIT, GATEWAY));

    private ServiceCatalogue() {
    }

    /** Every service, the gateway last (the order to start them in). */
    public static List<PlatformService> all() {
        return ALL;
    }

    /** The services behind the gateway, planned ones included. */
    public static List<PlatformService> routed() {
        return ALL.stream().filter(PlatformService::isRouted).toList();
    }

    /** The service of that short name ({@code geo}). */
    public static Optional<PlatformService> named(String name) {
        return ALL.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    /** The service built by that module ({@code geo-service}). */
    public static PlatformService ofModule(String module) {
        return ALL.stream().filter(service -> service.module().equals(module)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No service is built by module '" + module + "'"));
    }

    /** Names, modules and ports (HTTP and management alike) are unique and no two services claim overlapping routes. */
    static List<PlatformService> checked(List<PlatformService> services) {
        Set<String> names = new HashSet<>();
        Set<String> modules = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        for (PlatformService service : services) {
            if (!names.add(service.name()) | !modules.add(service.module()) | !ports.add(service.port())
                    | !ports.add(service.managementPort())) {
                throw new IllegalStateException("Two services share the name, module or port of " + service);
            }
            for (PlatformService other : services) {
                for (String route : service.routes()) {
                    if (other != service && other.routes(route)) {
                        throw new IllegalStateException(route + " of " + service.name() + " overlaps a route of "
                                + other.name());
                    }
                }
            }
        }
        return List.copyOf(services);
    }
}
