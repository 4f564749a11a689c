package energy.mwolo.embedded;

import energy.mwolo.contracts.services.DatabaseKind;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Provisions a PostgreSQL server that is not the devstack's (the compose stack's): for every service of the catalogue
 * with a database, its database and owning role {@code mwolo_<service>}, and for an append-only database the runtime
 * role {@code mwolo_<service>_app} too, each with the password the environment gives. Idempotent (the compose stack
 * runs it at every start): a password changed in the environment is changed on the server, data is never touched.
 *
 * <p>Read from the environment: {@code MWOLO_POSTGRES_URL} (the superuser's JDBC URL,
 * {@code jdbc:postgresql://postgres:5432/postgres}), {@code MWOLO_POSTGRES_USER} ({@code postgres}),
 * {@code MWOLO_POSTGRES_PASSWORD}, {@code MWOLO_DB_PASSWORD_<SERVICE>} for each owner and
 * {@code MWOLO_DB_PASSWORD_<SERVICE>_APP} for each runtime role ({@code MWOLO_DB_PASSWORD_AUDIT_APP}), and
 * {@code MWOLO_POSTGRES_WAIT} ({@code PT2M}): how long to wait for the server to accept the superuser.
 * Exit status: 0 when done, 2 when a variable is missing (each is named), 1 when the server refused or did not answer.
 */
public final class PostgresProvisioning {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresProvisioning.class);

    private final Map<String, String> env;
    private final List<PlatformService> services;

    PostgresProvisioning(Map<String, String> env, List<PlatformService> services) {
        this.env = Map.copyOf(env);
        this.services = services.stream().filter(service -> service.database() != DatabaseKind.NONE).toList();
    }

    public static void main(String[] args) {
        PostgresProvisioning provisioning = new PostgresProvisioning(System.getenv(), ServiceCatalogue.all());
        Provisioning.exitAfter("PostgreSQL", provisioning.missing(), provisioning::run);
    }

    /** The variable holding the password of the owner of {@code service}'s database. */
    public static String ownerPasswordVariable(PlatformService service) {
        return "MWOLO_DB_PASSWORD_" + service.name().toUpperCase(Locale.ROOT);
    }

    /** The variable holding the password of {@code service}'s runtime role (append-only databases). */
    public static String runtimePasswordVariable(PlatformService service) {
        return ownerPasswordVariable(service) + "_APP";
    }

    /** The required variables that are unset or blank. */
    List<String> missing() {
        List<String> required = new ArrayList<>(List.of("MWOLO_POSTGRES_URL", "MWOLO_POSTGRES_PASSWORD"));
        for (PlatformService service : services) {
            required.add(ownerPasswordVariable(service));
            if (service.database() == DatabaseKind.APPEND_ONLY) {
                required.add(runtimePasswordVariable(service));
            }
        }
        return required.stream().filter(name -> env.getOrDefault(name, "").isBlank()).toList();
    }

    /** Waits for the server, then makes sure of every database and role. */
    void run() {
        try (Connection superuser = connect()) {
            for (PlatformService service : services) {
                String database = "mwolo_" + service.name();
                ServiceDatabases.ensureOwner(superuser, database, env.get(ownerPasswordVariable(service)));
                if (service.database() == DatabaseKind.APPEND_ONLY) {
                    ServiceDatabases.ensureRuntime(superuser, database, database + "_app",
                            env.get(runtimePasswordVariable(service)));
                }
                LOG.info("Database {} and its roles provisioned", database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision the services' databases", e);
        }
    }

    private Connection connect() {
        String user = env.getOrDefault("MWOLO_POSTGRES_USER", "").isBlank() ? "postgres"
                : env.get("MWOLO_POSTGRES_USER").trim();
        String wait = env.getOrDefault("MWOLO_POSTGRES_WAIT", "");
        return Provisioning.retrying("PostgreSQL at " + env.get("MWOLO_POSTGRES_URL") + " as " + user,
                Duration.parse(wait.isBlank() ? "PT2M" : wait.trim()),
                () -> DriverManager.getConnection(env.get("MWOLO_POSTGRES_URL"), user,
                        env.get("MWOLO_POSTGRES_PASSWORD")));
    }
}
