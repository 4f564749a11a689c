package energy.mwolo.platform.notifications;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** {@link EmailSender} over the SMTP server of {@code spring.mail.*}, from {@code mwolo.mail.from}. */
class SmtpEmailSender implements EmailSender {

    private final JavaMailSender sender;
    private final String from;

    SmtpEmailSender(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email.to());
        mail.setSubject(email.subject());
        mail.setText(email.text());
        try {
            sender.send(mail);
        } catch (MailParseException | MailPreparationException e) {
            throw new EmailNotSent("mail " + email.reference() + " refused: " + e.getClass().getSimpleName(), false,
                    e);
        } catch (MailException e) {
            throw new EmailNotSent("mail " + email.reference() + " not sent: " + e.getClass().getSimpleName(), true,
                    e);
        }
    }
}
