package energy.mwolo.platform.notifications;

import java.util.Objects;

/**
 * A text message to one phone number in E.164 ({@code +243812345678}). {@code reference} names what the message is
 * about (a reminder's id, say): the gateway keeps one message per reference, so a send retried after a timeout is
 * delivered once.
 */
public record Sms(String to, String text, String reference) {

    public Sms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
    }
}
