package energy.mwolo.identity.authentication.mail;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.authentication.application.PasswordMails.PasswordMail;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;

class FrenchPasswordMailTest {

    @Test
    void aResetMailGreetsThePersonAndSaysHowLongTheLinkWorks() {
        SimpleMailMessage message = FrenchPasswordMail.compose(new PasswordMail("grace@example.cd", "Grâce",
                "https://portail.mwolo.energy/reinitialiser?token=abc", Duration.ofMinutes(30), false));

        assertThat(message.getTo()).containsExactly("grace@example.cd");
        assertThat(message.getSubject()).contains("réinitialisation");
        assertThat(message.getText()).contains("Bonjour Grâce", "token=abc", "pendant 30 minutes");
    }

    @Test
    void anInvitationSaysTheAccountWasOpened() {
        SimpleMailMessage message = FrenchPasswordMail.compose(new PasswordMail("grace@example.cd", "Grâce",
                "https://portail.mwolo.energy/activer?token=abc", Duration.ofHours(72), true));

        assertThat(message.getSubject()).contains("activez votre compte");
        assertThat(message.getText()).contains("pendant 3 jours");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(FrenchPasswordMail.readable(Duration.ofHours(1))).isEqualTo("1 heure");
        assertThat(FrenchPasswordMail.readable(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    }
}
