package energy.mwolo.billing.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchWordsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            0; zéro
            1; un
            7; sept
            10; dix
            11; onze
            16; seize
            17; dix-sept
            19; dix-neuf
            20; vingt
            21; vingt et un
            22; vingt-deux
            30; trente
            31; trente et un
            41; quarante et un
            51; cinquante et un
            60; soixante
            61; soixante et un
            69; soixante-neuf
            70; soixante-dix
            71; soixante et onze
            72; soixante-douze
            77; soixante-dix-sept
            79; soixante-dix-neuf
            """)
    void writesUnitsAndTensWithEtOnlyBeforeUnAndOnzeUpToSeventy(long number, String words) {
        assertThat(FrenchWords.of(number)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            80; quatre-vingts
            81; quatre-vingt-un
            82; quatre-vingt-deux
            89; quatre-vingt-neuf
            90; quatre-vingt-dix
            91; quatre-vingt-onze
            97; quatre-vingt-dix-sept
            99; quatre-vingt-dix-neuf
            180; cent quatre-vingts
            80000; quatre-vingt mille
            80080; quatre-vingt mille quatre-vingts
            80000000; quatre-vingts millions
            80000000000; quatre-vingts milliards
            280000; deux cent quatre-vingt mille
            """)
    void quatreVingtsTakesThePluralOnlyWhenItEndsTheNumberOrPrecedesMillions(long number, String words) {
        assertThat(FrenchWords.of(number)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            100; cent
            101; cent un
            111; cent onze
            121; cent vingt et un
            200; deux cents
            201; deux cent un
            300; trois cents
            999; neuf cent quatre-vingt-dix-neuf
            100000; cent mille
            200000; deux cent mille
            200200; deux cent mille deux cents
            200000000; deux cents millions
            300000000000; trois cents milliards
            """)
    void centTakesThePluralWhenMultipliedAndEndingTheNumberOrBeforeMillionsButNotBeforeMille(long number,
                                                                                            String words) {
        assertThat(FrenchWords.of(number)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1000; mille
            1001; mille un
            1234; mille deux cent trente-quatre
            2000; deux mille
            21000; vingt et un mille
            71000; soixante et onze mille
            81000; quatre-vingt-un mille
            100001; cent mille un
            999999; neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf
            """)
    void milleIsInvariableAndNeverPrecededByUn(long number, String words) {
        assertThat(FrenchWords.of(number)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1000000; un million
            1000001; un million un
            1001000; un million mille
            2000000; deux millions
            21000000; vingt et un millions
            2500000; deux millions cinq cent mille
            1000000000; un milliard
            1000000001; un milliard un
            2000000000; deux milliards
            2001000000; deux milliards un million
            3456789012; trois milliards quatre cent cinquante-six millions sept cent quatre-vingt-neuf mille douze
            999999999999; neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions \
            neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf
            """)
    void millionsAndMilliardsAreNounsThatTakeThePlural(long number, String words) {
        assertThat(FrenchWords.of(number)).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 1_000_000_000_000L, Long.MAX_VALUE})
    void refusesNumbersOutsideZeroToJustBelowOneThousandMilliards(long number) {
        assertThatIllegalArgumentException().isThrownBy(() -> FrenchWords.of(number));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 17, 71, 80, 99, 100, 200, 1000, 80000, 1_000_000, 2_000_000_000L, 987_654_321_098L})
    void neverWritesTwoSpacesOrAHyphenNextToASpace(long number) {
        String words = FrenchWords.of(number);
        assertThat(words).doesNotContain("  ", " -", "- ").isEqualTo(words.strip());
    }
}
