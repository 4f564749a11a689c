package energy.mwolo.billing.dunning.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReminderLanguageTest {

    @Test
    void englishSpeakersGetEnglishAndEveryoneElseFrenchUntilTranslated() {
        assertThat(ReminderLanguage.of("en")).isEqualTo("en");
        assertThat(ReminderLanguage.of("EN ")).isEqualTo("en");
        assertThat(ReminderLanguage.of("fr")).isEqualTo("fr");
        assertThat(ReminderLanguage.of("ln")).isEqualTo("fr");
        assertThat(ReminderLanguage.of("sw")).isEqualTo("fr");
        assertThat(ReminderLanguage.of(null)).isEqualTo("fr");
    }
}
