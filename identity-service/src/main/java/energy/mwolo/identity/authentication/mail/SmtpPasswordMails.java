package energy.mwolo.identity.authentication.mail;

import energy.mwolo.identity.authentication.application.PasswordMails;
import energy.mwolo.identity.mail.Mailer;
import org.springframework.stereotype.Component;

/**
 * Password mails in French, handed to the service's {@link Mailer}: they leave in the background once the
 * transaction that created the token commits, and no token reaches the log.
 */
@Component
class SmtpPasswordMails implements PasswordMails {

    private final Mailer mailer;

    SmtpPasswordMails(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(PasswordMail mail) {
        mailer.send(FrenchPasswordMail.compose(mail));
    }
}
