package energy.mwolo.identity.registration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.mail.MailLanguage;
import energy.mwolo.identity.registration.application.RegistrationMails.Addressee;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;

class RegistrationMailWordingTest {

    private static final Addressee GRACE = new Addressee("grace@example.cd", "Grâce");
    private static final String LINK = "https://www.mwolo.test/confirmer-mon-adresse?token=abc";
    private static final String FORGOTTEN = "https://www.mwolo.test/mot-de-passe-oublie";

    @Test
    void aConfirmationSaysHowLongTheLinkWorksAndHowToTakeBackAnAccountOpenedBySomeoneElse() {
        SimpleMailMessage french = RegistrationMailWording.registrationConfirmation(GRACE, LINK,
                Duration.ofHours(24), FORGOTTEN, MailLanguage.FRENCH);
        SimpleMailMessage english = RegistrationMailWording.registrationConfirmation(GRACE, LINK,
                Duration.ofHours(24), FORGOTTEN, MailLanguage.ENGLISH);

        assertThat(french.getTo()).containsExactly("grace@example.cd");
        assertThat(french.getSubject()).contains("confirmez votre adresse");
        assertThat(french.getText()).contains("Bonjour Grâce", LINK, "pendant 1 jour", "mot de passe", FORGOTTEN);
        assertThat(english.getSubject()).contains("confirm your email address");
        assertThat(english.getText()).contains("Hello Grâce", LINK, "for 1 day", FORGOTTEN);
    }

    @Test
    void anAttemptOnAKnownAddressCarriesNoLinkThatConfirmsAnything() {
        SimpleMailMessage message = RegistrationMailWording.registrationAttemptNotice(GRACE, FORGOTTEN,
                MailLanguage.FRENCH);

        assertThat(message.getSubject()).contains("tentative d’inscription");
        assertThat(message.getText()).contains("rien n’a changé", FORGOTTEN).doesNotContain("token=");
    }

    @Test
    void theOldAddressIsToldWhichAddressWasAskedFor() {
        SimpleMailMessage message = RegistrationMailWording.addressChangeNotice(GRACE, "nouvelle@example.cd",
                MailLanguage.ENGLISH);

        assertThat(message.getTo()).containsExactly("grace@example.cd");
        assertThat(message.getText()).contains("nouvelle@example.cd", "sessions will then end")
                .doesNotContain("token=");
    }
}
