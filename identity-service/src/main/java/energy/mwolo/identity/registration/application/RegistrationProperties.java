package energy.mwolo.identity.registration.application;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Address confirmation.
 *
 * @param websiteUrl            the public website, where the mails' links lead (no trailing slash needed)
 * @param confirmationPath      the website's page that confirms an address; {@code {token}} is replaced
 * @param forgottenPasswordPath the website's page that asks for a password reset
 * @param confirmationValidity  life of a confirmation link
 * @param maxMailsPerHour       confirmation mails one account may receive per hour (a registration's first one
 *                              counts), and separately "someone tried to register with your address" notices;
 *                              more requests are answered the same but send nothing (no mail bombing)
 */
@ConfigurationProperties("mwolo.identity.registration")
public record RegistrationProperties(String websiteUrl, String confirmationPath, String forgottenPasswordPath,
                                     Duration confirmationValidity, Integer maxMailsPerHour) {

    public RegistrationProperties {
        Objects.requireNonNull(websiteUrl, "mwolo.identity.registration.website-url must be set");
        websiteUrl = websiteUrl.endsWith("/") ? websiteUrl.substring(0, websiteUrl.length() - 1) : websiteUrl;
        confirmationPath = confirmationPath == null ? "/confirmer-mon-adresse?token={token}" : confirmationPath;
        forgottenPasswordPath = forgottenPasswordPath == null ? "/mot-de-passe-oublie" : forgottenPasswordPath;
        confirmationValidity = confirmationValidity == null ? Duration.ofHours(24) : confirmationValidity;
        maxMailsPerHour = maxMailsPerHour == null ? 3 : maxMailsPerHour;
    }

    String confirmationLink(String token) {
        return websiteUrl + confirmationPath.replace("{token}", token);
    }

    String forgottenPasswordLink() {
        return websiteUrl + forgottenPasswordPath;
    }
}
