package energy.mwolo.platform.web;

import energy.mwolo.platform.config.PlatformDefaults;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The real platform bundles, set up the way Spring Boot's message source is set up from the platform defaults, so
 * tests see the texts a caller would.
 */
final class PlatformMessages {

    private PlatformMessages() {
    }

    static MessageSource bundles() {
        var environment = new StandardEnvironment();
        new PlatformDefaults().postProcessEnvironment(environment, null);
        var source = new ResourceBundleMessageSource();
        source.setBasenames(environment.getRequiredProperty("spring.messages.basename").split(","));
        source.setDefaultEncoding(environment.getProperty("spring.messages.encoding"));
        source.setFallbackToSystemLocale(
                environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, true));
        source.setAlwaysUseMessageFormat(
                environment.getProperty("spring.messages.always-use-message-format", Boolean.class, false));
        return source;
    }
}
