package energy.mwolo.identity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailLanguageTest {

    @Test
    void durationsReadInTheLargestWholeUnitOfEachLanguage() {
        assertThat(MailLanguage.FRENCH.readable(Duration.ofHours(24))).isEqualTo("1 jour");
        assertThat(MailLanguage.FRENCH.readable(Duration.ofHours(3))).isEqualTo("3 heures");
        assertThat(MailLanguage.ENGLISH.readable(Duration.ofHours(72))).isEqualTo("3 days");
        assertThat(MailLanguage.ENGLISH.readable(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(MailLanguage.ENGLISH.readable(Duration.ofMinutes(1))).isEqualTo("1 minute");
    }

    @Test
    void englishOnlyWhenAskedForFrenchOtherwise() {
        assertThat(MailLanguage.of("en")).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.of(" EN ")).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.of("fr")).isEqualTo(MailLanguage.FRENCH);
        assertThat(MailLanguage.of("ln")).isEqualTo(MailLanguage.FRENCH);
        assertThat(MailLanguage.of(null)).isEqualTo(MailLanguage.FRENCH);
        assertThat(MailLanguage.ofCaller()).as("outside a request").isEqualTo(MailLanguage.FRENCH);
    }
}
