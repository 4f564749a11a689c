package energy.mwolo.identity.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What every mail of this service shares.
 *
 * @param from the sender address
 */
@ConfigurationProperties("mwolo.identity.mail")
public record MailProperties(String from) {

    public MailProperties {
        from = from == null || from.isBlank() ? "Mwolo Energy <no-reply@mwolo.energy>" : from;
    }
}
