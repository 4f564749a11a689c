package energy.mwolo.identity.registration.mail;

import energy.mwolo.identity.mail.MailLanguage;
import energy.mwolo.identity.mail.Mailer;
import energy.mwolo.identity.registration.application.RegistrationMails;
import java.time.Duration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/** Words each mail in the language asked for and hands it to the {@link Mailer}, which sends it after commit. */
@Component
class RegistrationMailWording implements RegistrationMails {

    private final Mailer mailer;

    RegistrationMailWording(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void confirmRegistration(Addressee to, String link, Duration validity, String forgottenPasswordLink,
                                    MailLanguage language) {
        mailer.send(registrationConfirmation(to, link, validity, forgottenPasswordLink, language));
    }

    @Override
    public void confirmNewAddress(Addressee to, String link, Duration validity, MailLanguage language) {
        mailer.send(newAddressConfirmation(to, link, validity, language));
    }

    @Override
    public void addressChangeRequested(Addressee to, String newAddress, MailLanguage language) {
        mailer.send(addressChangeNotice(to, newAddress, language));
    }

    @Override
    public void registrationAttempted(Addressee to, String forgottenPasswordLink, MailLanguage language) {
        mailer.send(registrationAttemptNotice(to, forgottenPasswordLink, language));
    }

    static SimpleMailMessage registrationConfirmation(Addressee to, String link, Duration validity,
                                                      String forgottenPasswordLink, MailLanguage language) {
        if (language == MailLanguage.ENGLISH) {
            return message(to, "Mwolo Energy: confirm your email address", """
                    Hello %s,

                    A Mwolo Energy customer account has just been opened with this address. To confirm it, open this \
                    link and enter the password chosen when registering:

                    %s

                    The link works once, for %s.

                    If you did not register, confirm nothing: someone may have used your address. To take this \
                    account over, choose a new password with "Forgot your password?": %s

                    The Mwolo Energy team
                    """.formatted(to.firstName(), link, language.readable(validity), forgottenPasswordLink));
        }
        return message(to, "Mwolo Energy : confirmez votre adresse électronique", """
                Bonjour %s,

                Un compte client Mwolo Energy vient d’être ouvert avec cette adresse. Pour la confirmer, ouvrez ce \
                lien et saisissez le mot de passe choisi à l’inscription :

                %s

                Ce lien ne fonctionne qu’une fois, pendant %s.

                Si vous n’êtes pas à l’origine de cette inscription, ne confirmez rien : quelqu’un a peut-être \
                utilisé votre adresse. Pour reprendre ce compte à votre nom, choisissez un nouveau mot de passe avec \
                « Mot de passe oublié » : %s

                L’équipe Mwolo Energy
                """.formatted(to.firstName(), link, language.readable(validity), forgottenPasswordLink));
    }

    static SimpleMailMessage newAddressConfirmation(Addressee to, String link, Duration validity,
                                                    MailLanguage language) {
        if (language == MailLanguage.ENGLISH) {
            return message(to, "Mwolo Energy: confirm your new email address", """
                    Hello %s,

                    A Mwolo Energy administrator asked for your account to use this address from now on. To make it \
                    replace the old one, open this link and enter your account's password:

                    %s

                    The link works once, for %s. Until then your account keeps its old address. If you did not \
                    expect this message, ignore it.

                    The Mwolo Energy team
                    """.formatted(to.firstName(), link, language.readable(validity)));
        }
        return message(to, "Mwolo Energy : confirmez votre nouvelle adresse électronique", """
                Bonjour %s,

                Un administrateur de Mwolo Energy a demandé que votre compte utilise désormais cette adresse. Pour \
                qu’elle remplace l’ancienne, ouvrez ce lien et saisissez le mot de passe de votre compte :

                %s

                Ce lien ne fonctionne qu’une fois, pendant %s. D’ici là, votre compte garde son ancienne adresse. Si \
                vous ne vous attendiez pas à ce message, ignorez-le.

                L’équipe Mwolo Energy
                """.formatted(to.firstName(), link, language.readable(validity)));
    }

    static SimpleMailMessage addressChangeNotice(Addressee to, String newAddress, MailLanguage language) {
        if (language == MailLanguage.ENGLISH) {
            return message(to, "Mwolo Energy: an address change was asked for your account", """
                    Hello %s,

                    A Mwolo Energy administrator asked for your account to use the address %s from now on. The \
                    change takes effect only once that address is confirmed with your account's password; your open \
                    sessions will then end.

                    If you asked for nothing, contact your agency: your account keeps this address as long as the \
                    new one is not confirmed.

                    The Mwolo Energy team
                    """.formatted(to.firstName(), newAddress));
        }
        return message(to, "Mwolo Energy : changement d’adresse demandé pour votre compte", """
                Bonjour %s,

                Un administrateur de Mwolo Energy a demandé que votre compte utilise désormais l’adresse %s. Le \
                changement ne prendra effet qu’une fois cette adresse confirmée avec le mot de passe de votre \
                compte ; vos sessions ouvertes seront alors fermées.

                Si vous n’avez rien demandé, contactez votre agence : votre compte garde cette adresse-ci tant que la \
                nouvelle n’est pas confirmée.

                L’équipe Mwolo Energy
                """.formatted(to.firstName(), newAddress));
    }

    static SimpleMailMessage registrationAttemptNotice(Addressee to, String forgottenPasswordLink,
                                                       MailLanguage language) {
        if (language == MailLanguage.ENGLISH) {
            return message(to, "Mwolo Energy: someone tried to register with your address", """
                    Hello %s,

                    Someone just tried to open a Mwolo Energy account with your email address. You already have an \
                    account: no other one was opened and nothing changed.

                    If it was you, sign in with your password. If you forgot it, choose a new one here:

                    %s

                    If it was not you, you may ignore this message.

                    The Mwolo Energy team
                    """.formatted(to.firstName(), forgottenPasswordLink));
        }
        return message(to, "Mwolo Energy : tentative d’inscription avec votre adresse", """
                Bonjour %s,

                Quelqu’un vient d’essayer d’ouvrir un compte Mwolo Energy avec votre adresse électronique. Vous avez \
                déjà un compte : aucun autre n’a été ouvert et rien n’a changé.

                Si c’était vous, connectez-vous avec votre mot de passe. Si vous l’avez oublié, choisissez-en un \
                nouveau ici :

                %s

                Si ce n’était pas vous, vous pouvez ignorer ce message.

                L’équipe Mwolo Energy
                """.formatted(to.firstName(), forgottenPasswordLink));
    }

    private static SimpleMailMessage message(Addressee to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(to.address());
        message.setSubject(subject);
        message.setText(text);
        return message;
    }
}
