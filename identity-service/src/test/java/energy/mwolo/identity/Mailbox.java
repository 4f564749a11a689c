package energy.mwolo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** The mails the service sent, as the SMTP server received them. */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private final GreenMail mail;

    public Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    public MimeMessage awaitOneTo(String address) {
        return awaitTo(address, 1).get(0);
    }

    public List<MimeMessage> awaitTo(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> to(address), messages -> messages.size() >= count);
    }

    /** The newest of at least {@code count} mails to {@code address}. */
    public MimeMessage awaitNth(String address, int count) {
        return awaitTo(address, count).get(count - 1);
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token in the link the mail carries. */
    public static String token(MimeMessage message) {
        Matcher matcher = TOKEN.matcher(text(message));
        assertThat(matcher.find()).as("a token link in: " + text(message)).isTrue();
        return matcher.group(1);
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
