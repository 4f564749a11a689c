package energy.mwolo.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-0.5", "0.001", "-0.001", "123.000", "18647.213", "1E+3", "-7E+2",
        "99999999999.999", "0.000000000000000001", "123456789012345678.9", "-9.223372036854775807",
        "12345678901234567890.12345", "1E-30"})
    void aDecimalIsWrittenAsItsPlainString(String decimal) {
        BigDecimal value = new BigDecimal(decimal);

        assertThat(PostgresText.of(value)).isEqualTo(value.toPlainString());
    }

    @Test
    void decimalsOfEveryScaleAndSignAreWrittenAsTheirPlainStrings() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            long unscaled = random.nextLong() >> random.nextInt(64);
            BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled), random.nextInt(-3, 22));

            assertThat(PostgresText.of(value)).as("%s", value).isEqualTo(value.toPlainString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.100Z", "2025-05-31T22:00:00.123456Z",
        "2025-05-31T22:00:00.000001Z", "2025-05-31T22:00:00.000000100Z", "+10000-01-01T00:00:00Z",
        "-0001-12-31T23:59:59Z"})
    void anInstantIsWrittenAsItsIsoString(String text) {
        Instant instant = Instant.parse(text);

        assertThat(PostgresText.of(instant)).isEqualTo(instant.toString());
    }

    @Test
    void instantsAcrossTheYearsAreWrittenAsTheirIsoStrings() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, random.nextInt(7)));

            assertThat(PostgresText.of(instant)).as("%s", instant).isEqualTo(instant.toString());
        }
    }

    @Test
    void otherValuesAreWrittenAsTheirStrings() {
        assertThat(PostgresText.of("text")).isEqualTo("text");
        assertThat(PostgresText.of(42)).isEqualTo("42");
    }
}
