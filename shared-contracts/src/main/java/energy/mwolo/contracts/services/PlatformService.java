package energy.mwolo.contracts.services;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One deployable of the platform as the rest of the platform sees it.
 *
 * @param name     short name: the gateway's upstream key and circuit breaker, the API-docs group, the database
 *                 {@code mwolo_<name>} and the {@code MWOLO_<NAME>_URL} variable
 * @param module   the Maven module, which is also the artifact and the executable jar's name
 * @param port     the HTTP port the service listens on by default and in the devstack
 * @param managementPort the port of its actuator (health probes, Prometheus): never routed by the gateway, so
 *                 reachable only from where orchestrators and scrapers run; its main port answers 404 there
 * @param database what it keeps in PostgreSQL
 * @param routes   the path patterns the gateway sends to it ({@code /api/geo/**}); none for the gateway itself
 * @param status   whether its module exists yet
 */
public record PlatformService(String name, String module, int port, int managementPort, DatabaseKind database,
                              List<String> routes, Status status) {

    /** Whether a service is written yet: the gateway routes a planned one anyway, answering 503 until it runs. */
    public enum Status {
        AVAILABLE,
        PLANNED
    }

    /** Where orchestrators and launchers ask whether it takes traffic, on its management port. */
    public static final String READINESS = "/actuator/health/readiness";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{1,30}");
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{1,40}");
    private static final Pattern ROUTE = Pattern.compile("/[a-z0-9./-]+/\\*\\*");

    public PlatformService {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(status, "status");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a service name: '" + name + "'");
        }
        if (module == null || !MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("Not a module name: '" + module + "'");
        }
        for (int each : new int[] {port, managementPort}) {
            if (each < 1024 || each > 65535) {
                throw new IllegalArgumentException(name + ": port " + each + " is not a user port");
            }
        }
        if (managementPort == port) {
            throw new IllegalArgumentException(name + ": the management port must differ from the HTTP port " + port);
        }
        routes = List.copyOf(routes);
        for (String route : routes) {
            if (!ROUTE.matcher(route).matches()) {
                throw new IllegalArgumentException(name + ": route '" + route + "' is not a prefix like /api/geo/**");
            }
        }
    }

    /** Whether the gateway routes requests to it. */
    public boolean isRouted() {
        return !routes.isEmpty();
    }

    public boolean isPlanned() {
        return status == Status.PLANNED;
    }

    /** The gateway path of its OpenAPI document, which the service itself serves at {@code /v3/api-docs}. */
    public String apiDocsPath() {
        return "/v3/api-docs/" + name;
    }

    /** The environment variable that points the gateway and the other services at it: {@code MWOLO_GEO_URL}. */
    public String urlVariable() {
        return "MWOLO_" + name.toUpperCase(Locale.ROOT) + "_URL";
    }

    /** Its base URL on this machine at its own port: the default of {@link #urlVariable()}. */
    public String localUrl() {
        return "http://localhost:" + port;
    }

    /** Its readiness probe on this machine at its own management port. */
    public String localReadinessUrl() {
        return "http://localhost:" + managementPort + READINESS;
    }

    /** Whether {@code path} (a request path or a path pattern) falls under one of its routes. */
    public boolean routes(String path) {
        return routes.stream().anyMatch(route -> under(path, route));
    }

    /** {@code /api/hr/leave-requests/**} and {@code /api/hr/} are under {@code /api/hr/**}; {@code /api/hrx/} is not. */
    static boolean under(String path, String route) {
        String base = route.substring(0, route.length() - "**".length());
        return path.startsWith(base) || path.equals(base.substring(0, base.length() - 1));
    }
}
