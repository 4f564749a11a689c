package energy.mwolo.platform.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Adds the platform's own tables (outbox, inbox and the platform's other features: versions V0_x) to every
 * service's Flyway migrations. A platform migration added after a service's own V1..Vn were applied has a lower
 * version than they do; it touches only the platform's tables, so it is applied out of order rather than refused.
 */
@AutoConfiguration
@ConditionalOnClass(FlywayConfigurationCustomizer.class)
public class PlatformFlywayLocations {

    static final String LOCATION = "classpath:db/platform";

    @Bean
    FlywayConfigurationCustomizer platformMigrations() {
        return migrationsIn(LOCATION);
    }

    /** Adds a location of platform migrations (once), applied out of order; platform features add their own. */
    public static FlywayConfigurationCustomizer migrationsIn(String location) {
        return configuration -> {
            List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            if (locations.stream().noneMatch(l -> l.getDescriptor().equals(location))) {
                locations.add(new Location(location));
            }
            configuration.locations(locations.toArray(Location[]::new));
            configuration.outOfOrder(true);
        };
    }
}
