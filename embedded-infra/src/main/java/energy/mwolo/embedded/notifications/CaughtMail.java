package energy.mwolo.embedded.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A mail the {@link SmtpCatcher} received, as a person would read it.
 *
 * @param id         unique in the catcher's life, increasing: the newest mail has the highest
 * @param from       the {@code From} header, decoded ({@code Mwolo Energy <no-reply@mwolo.energy>}); the envelope's
 *                   sender when the mail has none
 * @param to         the envelope's recipients ({@code RCPT TO}), so blind copies too
 * @param subject    decoded; {@code null} when the mail has none
 * @param text       the body: its text/plain part (or else its text/html part), transfer encoding and charset
 *                   decoded; the raw message when it cannot be read as MIME
 * @param receivedAt when the catcher finished receiving it
 */
public record CaughtMail(long id, String from, List<String> to, String subject, String text, Instant receivedAt) {

    public CaughtMail {
        to = List.copyOf(to);
    }

    /** Whether {@code address} is one of the recipients; addresses compare ignoring case. */
    public boolean sentTo(String address) {
        String wanted = address.trim().toLowerCase(Locale.ROOT);
        return to.stream().anyMatch(recipient -> recipient.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
