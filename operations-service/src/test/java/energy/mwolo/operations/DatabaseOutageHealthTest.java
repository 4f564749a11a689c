package energy.mwolo.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.core.io.ClassPathResource;

/**
 * With the service's connection pool settings, a database that refuses connections shows as DOWN on the health
 * endpoint within a probe's patience: the pool's default 30 s wait for a connection would have the probe time out
 * (or, for an outage shorter than that, never see it) rather than read DOWN.
 */
class DatabaseOutageHealthTest {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    @Test
    void aDatabaseRefusingConnectionsIsReportedDownBeforeAProbeGivesUp() throws IOException {
        try (HikariDataSource pool = configuredPool()) {
            pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/mwolo_operations");
            pool.setUsername("mwolo_operations");
            // As in a running service whose connections the outage ended: no failure at start, waits on borrowing.
            pool.setInitializationFailTimeout(-1);

            long start = System.nanoTime();
            Health health = new DataSourceHealthIndicator(pool, "select 1").health();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(took).isLessThan(PROBE_TIMEOUT);
        }
    }

    /** A pool with {@code spring.datasource.hikari.*} of the service's application.yml, as Boot binds them. */
    private static HikariDataSource configuredPool() throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        HikariDataSource pool = new HikariDataSource();
        new Binder(ConfigurationPropertySources.from(sources))
                .bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        return pool;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
