package energy.mwolo.embedded.notifications;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a received message as a person would: decoded sender and subject, the text of its body. */
final class MimeText {

    private static final Logger log = LoggerFactory.getLogger(MimeText.class);
    private static final Session SESSION = Session.getInstance(new Properties());

    private MimeText() {
    }

    static CaughtMail read(long id, String envelopeSender, List<String> recipients, byte[] data, Instant receivedAt) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(data));
            Address[] from = message.getFrom();
            String sender = from == null || from.length == 0 ? envelopeSender : unicode(from[0]);
            String text = find(message, "text/plain");
            if (text == null) {
                text = find(message, "text/html");
            }
            return new CaughtMail(id, sender, recipients, message.getSubject(), text == null ? "" : text,
                    receivedAt);
        } catch (MessagingException | IOException e) {
            log.warn("Mail {} is not readable as MIME ({}): kept as received", id, e.toString());
            return new CaughtMail(id, envelopeSender, recipients, null, new String(data, StandardCharsets.UTF_8),
                    receivedAt);
        }
    }

    private static String unicode(Address address) {
        return address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString();
    }

    /** The first part of that type, depth first, decoded; {@code null} when there is none. */
    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
