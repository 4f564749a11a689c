package energy.mwolo.platform.readmodels;

import energy.mwolo.platform.config.PlatformFlywayLocations;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;

/**
 * What every read model of the platform shares: the switch {@code mwolo.read-models.<name>.enabled}, its migrations
 * in {@code classpath:db/read-models/<name>} (versions {@code V0_x}, unique across the platform, applied out of
 * order like the platform's own), and its consumer name {@code <module>.<name>}, the inbox key.
 */
public final class ReadModels {

    public static final String PREFIX = "mwolo.read-models.";

    private ReadModels() {
    }

    /** Adds the read model's migrations to the service's, so its table exists wherever it is switched on. */
    public static FlywayConfigurationCustomizer migrations(String readModel) {
        return PlatformFlywayLocations.migrationsIn("classpath:db/read-models/" + readModel);
    }

    /**
     * The read model's consumer name: {@code mwolo.read-models.<name>.consumer} if set, else the application name
     * without {@code -service}, a dot and the read model's name ({@code crm.agencies}). It keys the inbox, so it
     * must not change once events were applied.
     */
    public static String consumerName(Environment environment, String readModel) {
        String configured = environment.getProperty(PREFIX + readModel + ".consumer");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String application = environment.getRequiredProperty("spring.application.name");
        String module = application.endsWith("-service")
                ? application.substring(0, application.length() - "-service".length())
                : application;
        return module + "." + readModel;
    }
}
