package energy.mwolo.platform.notifications;

import java.util.Objects;

/** A plain-text e-mail to one person; {@code reference} names it in logs and at the mail server (Message-ID). */
public record Email(String to, String subject, String text, String reference) {

    public Email {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
    }
}
