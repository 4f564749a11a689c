package energy.mwolo.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

class PlatformFlywayLocationsTest {

    private final PlatformFlywayLocations platform = new PlatformFlywayLocations();

    @Test
    void addsThePlatformMigrationsAfterTheServiceOwn() {
        FluentConfiguration configuration = new FluentConfiguration().locations("classpath:db/migration");

        platform.platformMigrations().customize(configuration);

        assertThat(configuration.getLocations()).extracting(Location::getDescriptor)
                .containsExactly("classpath:db/migration", "classpath:db/platform");
    }

    @Test
    void addsThePlatformMigrationsOnlyOnce() {
        FluentConfiguration configuration = new FluentConfiguration().locations("classpath:db/platform");

        platform.platformMigrations().customize(configuration);

        assertThat(configuration.getLocations()).extracting(Location::getDescriptor)
                .containsExactly("classpath:db/platform");
    }

    @Test
    void appliesAPlatformMigrationAddedAfterTheServiceOwnRatherThanRefusingToStart() {
        FluentConfiguration configuration = new FluentConfiguration();

        platform.platformMigrations().customize(configuration);

        assertThat(configuration.isOutOfOrder()).isTrue();
    }
}
