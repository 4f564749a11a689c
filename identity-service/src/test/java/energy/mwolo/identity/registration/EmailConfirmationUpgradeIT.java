package energy.mwolo.identity.registration;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.SharedPostgres.ServiceDatabase;
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
                "classpath:db/read-models/agencies").outOfOrder(true).target("8").load().migrate();
        UUID staff = account(jdbc, "HR", null);
        UUID linked = account(jdbc, "CLIENT", UUID.randomUUID());
        UUID unlinked = account(jdbc, "CLIENT", null);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform",
                "classpath:db/read-models/agencies").outOfOrder(true).load().migrate();

        assertThat(confirmation(jdbc, staff)).isEqualTo("confirmed at creation");
        assertThat(confirmation(jdbc, linked)).isEqualTo("confirmed at creation");
        assertThat(confirmation(jdbc, unlinked)).isEqualTo("unconfirmed");
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

    private static String confirmation(JdbcClient jdbc, UUID account) {
        return jdbc.sql("""
                select case when email_confirmed_at is null then 'unconfirmed'
                            when email_confirmed_at = created_at then 'confirmed at creation' else 'other' end
                from users where id = ?""").param(account).query(String.class).single();
    }
}
