package energy.mwolo.cms.newsletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mwolo.cms.newsletter.*}: the mails' sender, the website's paths that receive the tokens ({@code {token}} is
 * replaced; under {@code mwolo.cms.website-url}) and how long a confirmation link works.
 */
@ConfigurationProperties("mwolo.cms.newsletter")
record NewsletterProperties(String from, String confirmationPath, String unsubscribePath,
        Duration confirmationValidity) {

    NewsletterProperties {
        from = from == null ? "Mwolo Energy <no-reply@mwolo.energy>" : from;
        confirmationPath = confirmationPath == null ? "/newsletter/confirmer?token={token}" : confirmationPath;
        unsubscribePath = unsubscribePath == null ? "/newsletter/desabonner?token={token}" : unsubscribePath;
        confirmationValidity = confirmationValidity == null ? Duration.ofHours(72) : confirmationValidity;
    }
}
