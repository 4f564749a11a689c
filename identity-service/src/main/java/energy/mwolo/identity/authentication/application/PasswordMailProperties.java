package energy.mwolo.identity.authentication.application;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mailed password tokens.
 *
 * @param resetValidity      life of a reset token
 * @param invitationValidity life of an invitation token (first password of an account an administrator opened)
 * @param resetLink          the page that sets the password; {@code {token}} is replaced by the token
 * @param invitationLink     the same for invitations
 * @param maxPerHour         reset mails one account may receive per hour; more requests are answered the same
 *                           but send nothing (no mail bombing)
 */
@ConfigurationProperties("mwolo.identity.password-mail")
public record PasswordMailProperties(Duration resetValidity, Duration invitationValidity, String resetLink,
                                     String invitationLink, Integer maxPerHour) {

    public PasswordMailProperties {
        resetValidity = resetValidity == null ? Duration.ofMinutes(30) : resetValidity;
        invitationValidity = invitationValidity == null ? Duration.ofHours(72) : invitationValidity;
        Objects.requireNonNull(resetLink, "mwolo.identity.password-mail.reset-link must be set");
        invitationLink = invitationLink == null ? resetLink : invitationLink;
        maxPerHour = maxPerHour == null ? 3 : maxPerHour;
    }
}
