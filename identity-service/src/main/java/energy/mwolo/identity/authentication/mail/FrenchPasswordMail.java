package energy.mwolo.identity.authentication.mail;

import energy.mwolo.identity.authentication.application.PasswordMails.PasswordMail;
import energy.mwolo.identity.mail.MailLanguage;
import java.time.Duration;
import org.springframework.mail.SimpleMailMessage;

/** The wording of password mails, in French (the company's language with its customers). */
final class FrenchPasswordMail {

    private FrenchPasswordMail() {
    }

    static SimpleMailMessage compose(PasswordMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(mail.to());
        if (mail.invitation()) {
            message.setSubject("Mwolo Energy : activez votre compte");
            message.setText("""
                    Bonjour %s,

                    Un compte Mwolo Energy a été ouvert à votre nom. Pour choisir votre mot de passe, ouvrez ce lien :

                    %s

                    Ce lien ne fonctionne qu’une fois, pendant %s.

                    L’équipe Mwolo Energy
                    """.formatted(mail.firstName(), mail.link(), readable(mail.validity())));
        } else {
            message.setSubject("Mwolo Energy : réinitialisation de votre mot de passe");
            message.setText("""
                    Bonjour %s,

                    Vous avez demandé à réinitialiser votre mot de passe. Pour en choisir un nouveau, ouvrez ce lien :

                    %s

                    Ce lien ne fonctionne qu’une fois, pendant %s. Si vous n’avez rien demandé, ignorez ce message :
                    votre mot de passe actuel reste valable.

                    L’équipe Mwolo Energy
                    """.formatted(mail.firstName(), mail.link(), readable(mail.validity())));
        }
        return message;
    }

    static String readable(Duration validity) {
        return MailLanguage.FRENCH.readable(validity);
    }
}
