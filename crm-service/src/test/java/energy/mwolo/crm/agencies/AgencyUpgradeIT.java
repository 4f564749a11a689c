package energy.mwolo.crm.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.SharedPostgres.ServiceDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of the version before the platform's agency read model, with an agency kept from events and a client
 * in it, upgraded: the agency moves into the platform's table and the client's agency key follows it.
 */
class AgencyUpgradeIT {

    @Test
    void theAgenciesKeptBeforeTheUpgradeAndTheirClientsSurviveItAndTheKeyStillHolds() {
        ServiceDatabase database = SharedPostgres.start().ensureServiceDatabase("crm_upgrade");
        var dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform")
                .target("3").load().migrate();
        UUID agency = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("2026-03-02T07:30:00Z"));
        jdbc.sql("insert into agencies (id, code, name, active, changed_at) values (?, 'AG-KN-001', 'Agence Gombe',"
                + " true, ?)").params(agency, at).update();
        UUID client = UUID.randomUUID();
        jdbc.sql("insert into clients (id, number, kind, last_name, email, agency_id, status, created_at, updated_at)"
                + " values (?, 'CL-000001', 'individual', 'Kabasele', 'kabasele@example.cd', ?, 'active', ?, ?)")
                .params(client, agency, at, at).update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform",
                "classpath:db/read-models/agencies").outOfOrder(true).load().migrate();

        assertThat(jdbc.sql("select code || ' ' || name || ' ' || active from read_agencies where id = ?")
                .param(agency).query(String.class).single()).isEqualTo("AG-KN-001 Agence Gombe true");
        assertThat(jdbc.sql("select agency_id from clients where id = ?").param(client).query(UUID.class).single())
                .isEqualTo(agency);
        assertThat(jdbc.sql("select to_regclass('agencies') is null").query(Boolean.class).single()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("update clients set agency_id = ? where id = ?")
                .params(UUID.randomUUID(), client).update())
                .as("an agency this service never heard of").isInstanceOf(DataIntegrityViolationException.class);
    }
}
