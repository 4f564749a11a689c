package energy.mwolo.identity.registration;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.SharedPostgres;
import energy.mwolo.platformtest.SharedPostgres.ServiceDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Accounts from before address confirmation existed, upgraded: staff accounts and customers already tied to a client
 * count as confirmed; a customer without a client (refused a link, or still waiting) confirms its address anew.
 */
class EmailConfirmationUpgradeIT {

    private static final Timestamp CREATED = Timestamp.from(Instant.parse("2026-03-02T07:30:00Z"));

    @Test
    void onlyCustomersWithoutAClientHaveToConfirmTheirAddressAfterTheUpgrade() {
        ServiceDatabase database = SharedPostgres.start().ensureServiceDatabase("identity_confirmation_upgrade");
        var dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform",
                "classpath:db/read-models/agencies").outOfOrder(true).target("6").load().migrate();
        UUID staff = account(jdbc, "HR", null);
        UUID linked = account(jdbc, "CLIENT", UUID.randomUUID());
        UUID unlinked = account(jdbc, "CLIENT", null);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform",
                "classpath:db/read-models/agencies").outOfOrder(true).load().migrate();

        assertThat(confirmedAt(jdbc, staff)).isEqualTo(CREATED);
        assertThat(confirmedAt(jdbc, linked)).isEqualTo(CREATED);
        assertThat(confirmedAt(jdbc, unlinked)).isNull();
        jdbc.sql("insert into refresh_families (id, user_id, created_at, revoked_at, revoked_reason)"
                + " values (?, ?, ?, ?, 'email_changed')").params(UUID.randomUUID(), linked, CREATED, CREATED)
                .update();
    }

    private static UUID account(JdbcClient jdbc, String role, UUID client) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into users (id, email, first_name, last_name, role_code, client_id, created_at, updated_at)"
                + " values (?, ?, 'Grâce', 'Mukendi', ?, ?, ?, ?)")
                .params(id, "compte-" + id + "@example.cd", role, client, CREATED, CREATED).update();
        return id;
    }

    private static Timestamp confirmedAt(JdbcClient jdbc, UUID account) {
        return jdbc.sql("select email_confirmed_at from users where id = ?").param(account).query(Timestamp.class)
                .single();
    }
}
