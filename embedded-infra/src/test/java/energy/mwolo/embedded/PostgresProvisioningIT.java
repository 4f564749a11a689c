package energy.mwolo.embedded;

import energy.mwolo.contracts.services.DatabaseKind;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.PlatformService.Status;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compose stack's provisioning of PostgreSQL: a database and roles per service, passwords from the environment. */
class PostgresProvisioningIT {

    private final SharedPostgres postgres = SharedPostgres.start();
    /** Services of their own, so that the roles other tests sign in with keep their passwords. */
    private final PlatformService ledger = new PlatformService("provledger", "provledger-service", 18101, 19101,
            DatabaseKind.APPEND_ONLY, List.of(), Status.AVAILABLE);
    private final PlatformService shop = new PlatformService("provshop", "provshop-service", 18102, 19102,
            DatabaseKind.OWNED, List.of(), Status.AVAILABLE);

    @Test
    void eachServiceSignsInWithItsPasswordToItsOwnDatabaseOnly() throws SQLException {
        provision("ledger-owner's", "it's-the-app", "shop-secret");

        try (Connection owner = connect("mwolo_provledger", "mwolo_provledger", "ledger-owner's");
             Statement statement = owner.createStatement()) {
            statement.execute("CREATE TABLE entry (id int)");
            statement.execute("GRANT SELECT, INSERT ON entry TO mwolo_provledger_app");
        }
        try (Connection app = connect("mwolo_provledger", "mwolo_provledger_app", "it's-the-app");
             Statement statement = app.createStatement()) {
            statement.execute("INSERT INTO entry VALUES (1)");
            assertThatThrownBy(() -> statement.execute("DELETE FROM entry")).hasMessageContaining("permission denied");
        }
        assertThatThrownBy(() -> connect("mwolo_provledger", "mwolo_provshop", "shop-secret").close())
                .hasMessageContaining("permission denied");
        assertThat(storedPassword("mwolo_provledger_app")).startsWith("SCRAM-SHA-256$");
    }

    /** The embedded server trusts every local sign-in, so the stored verifiers tell whether a password changed. */
    @Test
    void runAgainItKeepsTheDataAndTakesTheNewPasswords() throws SQLException {
        provision("first", "first-app", "first-shop");
        String before = storedPassword("mwolo_provshop");
        try (Connection owner = connect("mwolo_provshop", "mwolo_provshop", "first-shop");
             Statement statement = owner.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS kept (id int)");
            statement.execute("INSERT INTO kept VALUES (7)");
        }

        provision("second", "second-app", "second-shop");

        try (Connection owner = connect("mwolo_provshop", "mwolo_provshop", "second-shop");
             Statement statement = owner.createStatement()) {
            assertThat(statement.executeQuery("SELECT count(*) FROM kept WHERE id = 7")).satisfies(rows -> {
                rows.next();
                assertThat(rows.getInt(1)).isPositive();
            });
        }
        assertThat(storedPassword("mwolo_provshop")).startsWith("SCRAM-SHA-256$").isNotEqualTo(before);
    }

    @Test
    void everyMissingPasswordIsNamed() {
        PostgresProvisioning provisioning = new PostgresProvisioning(Map.of("MWOLO_POSTGRES_URL",
                postgres.jdbcUrl("postgres"), "MWOLO_DB_PASSWORD_PROVSHOP", "set"), List.of(ledger, shop));

        assertThat(provisioning.missing()).containsExactly("MWOLO_POSTGRES_PASSWORD", "MWOLO_DB_PASSWORD_PROVLEDGER",
                "MWOLO_DB_PASSWORD_PROVLEDGER_APP");
    }

    private void provision(String ledgerOwner, String ledgerApp, String shopOwner) {
        new PostgresProvisioning(Map.of(
                "MWOLO_POSTGRES_URL", postgres.jdbcUrl("postgres"),
                "MWOLO_POSTGRES_PASSWORD", "unused-by-trust-authentication",
                "MWOLO_DB_PASSWORD_PROVLEDGER", ledgerOwner,
                "MWOLO_DB_PASSWORD_PROVLEDGER_APP", ledgerApp,
                "MWOLO_DB_PASSWORD_PROVSHOP", shopOwner), List.of(ledger, shop)).run();
    }

    private String storedPassword(String role) throws SQLException {
        try (Connection superuser = postgres.superuserDataSource().getConnection();
             Statement statement = superuser.createStatement()) {
            var rows = statement.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = '" + role + "'");
            assertThat(rows.next()).as(role + " exists").isTrue();
            return rows.getString(1);
        }
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), user, password);
    }
}
