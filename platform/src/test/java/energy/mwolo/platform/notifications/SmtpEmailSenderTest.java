package energy.mwolo.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpEmailSenderTest {

    private static final Email EMAIL = new Email("client@example.cd", "Électricité rétablie", "Merci.", "n-1");

    @Test
    void aMessageGoesFromTheConfiguredSenderToTheRecipientAsPlainText() {
        Server server = new Server(null);

        new SmtpEmailSender(server, "Mwolo Energy <noreply@mwolo.energy>").send(EMAIL);

        assertThat(server.sent).singleElement().satisfies(mail -> {
            assertThat(mail.getFrom()).isEqualTo("Mwolo Energy <noreply@mwolo.energy>");
            assertThat(mail.getTo()).containsExactly("client@example.cd");
            assertThat(mail.getSubject()).isEqualTo("Électricité rétablie");
            assertThat(mail.getText()).isEqualTo("Merci.");
        });
    }

    @Test
    void aServerThatFailsIsWorthTryingAgain() {
        EmailNotSent failure = catchThrowableOfType(EmailNotSent.class, () -> new SmtpEmailSender(
                new Server(new MailSendException("connection refused")), "noreply@mwolo.energy").send(EMAIL));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("n-1");
    }

    @Test
    void anAddressThatDoesNotParseIsNotTriedAgain() {
        EmailNotSent failure = catchThrowableOfType(EmailNotSent.class, () -> new SmtpEmailSender(
                new Server(new MailParseException("bad address")), "noreply@mwolo.energy").send(EMAIL));

        assertThat(failure.retryable()).isFalse();
    }

    /** Records what it is handed, or fails as told. */
    private static final class Server extends JavaMailSenderImpl {

        private final MailException failure;
        private final List<SimpleMailMessage> sent = new ArrayList<>();

        Server(MailException failure) {
            this.failure = failure;
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            if (failure != null) {
                throw failure;
            }
            sent.addAll(List.of(messages));
        }
    }
}
