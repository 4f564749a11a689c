package energy.mwolo.embedded;

import energy.mwolo.embedded.SharedPostgres.ServiceDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedPostgresIT {

    private final SharedPostgres postgres = SharedPostgres.start();

    @Test
    void startsOnceWithLogicalDecodingAndTheConfiguredLimits() throws SQLException {
        assertThat(SharedPostgres.start()).isSameAs(postgres);
        try (Connection connection = postgres.superuserDataSource().getConnection()) {
            assertThat(setting(connection, "wal_level")).isEqualTo("logical");
            assertThat(setting(connection, "max_replication_slots")).isEqualTo("20");
            assertThat(setting(connection, "max_wal_senders")).isEqualTo("20");
            assertThat(setting(connection, "max_connections")).isEqualTo("300");
            assertThat(setting(connection, "fsync")).isEqualTo("off");
            assertThat(setting(connection, "server_version_num")).startsWith("17");
        }
    }

    @Test
    void ensureServiceDatabaseIsIdempotentUnderConcurrentCallers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ServiceDatabase>> calls = IntStream.range(0, 8)
                    .<Callable<ServiceDatabase>>mapToObj(i -> () -> postgres.ensureServiceDatabase("geo-service"))
                    .toList();
            for (Future<ServiceDatabase> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo(new ServiceDatabase("mwolo_geo", postgres.jdbcUrl("mwolo_geo"),
                        "mwolo_geo", "mwolo_geo"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(postgres.ensureServiceDatabase("geo")).isEqualTo(postgres.ensureServiceDatabase("geo-service"));
    }

    @Test
    void theServiceRoleLogsInOwnsItsDatabaseAndMayDecodeTheWal() throws SQLException {
        ServiceDatabase db = postgres.ensureServiceDatabase("geo");
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT current_user, current_database(), "
                    + "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()), "
                    + "(SELECT rolreplication FROM pg_roles WHERE rolname = current_user)")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("mwolo_geo");
                assertThat(row.getString(2)).isEqualTo("mwolo_geo");
                assertThat(row.getString(3)).isEqualTo("mwolo_geo");
                assertThat(row.getBoolean(4)).isTrue();
            }
            statement.execute("SELECT pg_create_logical_replication_slot('platform_test_probe', 'pgoutput')");
            statement.execute("SELECT pg_drop_replication_slot('platform_test_probe')");
        }
    }

    @Test
    void aServiceRoleCannotConnectToAnotherServicesDatabase() {
        ServiceDatabase geo = postgres.ensureServiceDatabase("geo");
        ServiceDatabase hr = postgres.ensureServiceDatabase("hr-service");
        assertThatThrownBy(() -> DriverManager.getConnection(geo.jdbcUrl(), hr.username(), hr.password()).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void theRuntimeRoleConnectsToItsServicesDatabaseOnlyAndOwnsNothing() throws SQLException {
        ServiceDatabase runtime = postgres.ensureRuntimeRole("audit-service");
        assertThat(postgres.ensureRuntimeRole("audit")).isEqualTo(runtime);
        assertThat(runtime.username()).isEqualTo("mwolo_audit_app");
        assertThat(runtime.jdbcUrl()).isEqualTo(postgres.jdbcUrl("mwolo_audit"));
        try (Connection connection = DriverManager.getConnection(runtime.jdbcUrl(), runtime.username(),
                runtime.password());
             Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT current_user, "
                    + "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("mwolo_audit_app");
                assertThat(row.getString(2)).isEqualTo("mwolo_audit");
            }
            assertThatThrownBy(() -> statement.execute("CREATE TABLE runtime_probe (id int)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        ServiceDatabase geo = postgres.ensureServiceDatabase("geo");
        assertThatThrownBy(() -> DriverManager.getConnection(geo.jdbcUrl(), runtime.username(), runtime.password())
                .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void theSuperuserReachesAServicesDatabase() throws SQLException {
        postgres.ensureServiceDatabase("geo");
        try (Connection connection = postgres.superuserDataSource("mwolo_geo").getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_database(), "
                     + "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("mwolo_geo");
            assertThat(row.getBoolean(2)).isTrue();
        }
    }

    @Test
    void rejectsServiceNamesThatAreNotIdentifiers() {
        assertThatThrownBy(() -> postgres.ensureServiceDatabase("geo; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
