package energy.mwolo.identity.agencies;

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
 * A database of the version before the platform's agency read model, with agencies kept from events, upgraded:
 * the platform's table is created out of order, then the service's migration moves the rows into it.
 */
class AgencyUpgradeIT {

    @Test
    void theAgenciesKeptBeforeTheUpgradeAreInThePlatformReadModelAfterIt() {
        ServiceDatabase database = SharedPostgres.start().ensureServiceDatabase("identity_upgrade");
        var dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform")
                .target("5").load().migrate();
        UUID open = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("2026-03-02T07:30:00Z"));
        jdbc.sql("insert into agencies (id, code, name, active, changed_at) values (?, 'AG-KN-001', 'Agence Gombe',"
                + " true, ?), (?, 'AG-KN-002', 'Agence Limete', false, ?)").params(open, at, closed, at).update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform",
                "classpath:db/read-models/agencies").outOfOrder(true).load().migrate();

        assertThat(jdbc.sql("select id, code, name, active, changed_at from read_agencies order by code")
                .query((row, n) -> row.getObject(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                        + row.getBoolean(4) + " " + row.getTimestamp(5).toInstant()).list())
                .containsExactly(open + " AG-KN-001 Agence Gombe true 2026-03-02T07:30:00Z",
                        closed + " AG-KN-002 Agence Limete false 2026-03-02T07:30:00Z");
        assertThat(jdbc.sql("select to_regclass('agencies') is null").query(Boolean.class).single()).isTrue();
    }
}
