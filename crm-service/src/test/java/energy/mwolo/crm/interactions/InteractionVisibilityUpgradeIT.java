package energy.mwolo.crm.interactions;

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

/** Interactions recorded before visibilities existed: notes become internal, the rest stays shown to the client. */
class InteractionVisibilityUpgradeIT {

    @Test
    void existingNotesTurnInternalAndOtherInteractionsStayVisibleToTheClient() {
        ServiceDatabase database = SharedPostgres.start().ensureServiceDatabase("crm_visibility_upgrade");
        var dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform",
                "classpath:db/read-models/agencies").outOfOrder(true).target("4").load().migrate();
        Timestamp at = Timestamp.from(Instant.parse("2026-03-02T07:30:00Z"));
        UUID client = UUID.randomUUID();
        jdbc.sql("insert into clients (id, number, kind, last_name, email, status, created_at, updated_at)"
                + " values (?, 'CL-2026-000001', 'individual', 'Kabasele', 'kabasele@example.cd', 'active', ?, ?)")
                .params(client, at, at).update();
        UUID note = interaction(jdbc, client, "note", at);
        UUID visit = interaction(jdbc, client, "visit", at);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform",
                "classpath:db/read-models/agencies").outOfOrder(true).load().migrate();

        assertThat(visibility(jdbc, note)).isEqualTo("internal");
        assertThat(visibility(jdbc, visit)).isEqualTo("customer");
    }

    private static UUID interaction(JdbcClient jdbc, UUID client, String type, Timestamp at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into interactions (id, client_id, type, summary, occurred_at, created_at)"
                + " values (?, ?, ?, 'Échange avec le client', ?, ?)").params(id, client, type, at, at).update();
        return id;
    }

    private static String visibility(JdbcClient jdbc, UUID interaction) {
        return jdbc.sql("select visibility from interactions where id = ?").param(interaction).query(String.class)
                .single();
    }
}
