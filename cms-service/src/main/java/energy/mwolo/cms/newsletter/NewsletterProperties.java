package energy.mwolo.cms.newsletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mwolo.cms.newsletter.*}: the website's paths that receive the tokens ({@code {token}} is
 * replaced; under {@code mwolo.cms.website-url}) and how long a confirmation link works.
 */
@ConfigurationProperties("mwolo.cms.newsletter")
record NewsletterProperties(String confirmationPath, String unsubscribePath,
        Duration confirmationValidity) {

    NewsletterProperties {
        confirmationPath = confirmationPath == null ? "/newsletter/confirmer?token={token}" : confirmationPath;
        unsubscribePath = unsubscribePath == null ? "/newsletter/desabonner?token={token}" : unsubscribePath;
        confirmationValidity = confirmationValidity == null ? Duration.ofHours(72) : confirmationValidity;
    }
}
