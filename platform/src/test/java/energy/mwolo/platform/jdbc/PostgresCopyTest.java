package energy.mwolo.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.SqlParameterValue;

class PostgresCopyTest {

    @Test
    void nullIsWrittenAsCopysNullMarkerAlsoWhenTyped() {
        assertThat(text(null)).isEqualTo("\\N");
        assertThat(text(new SqlParameterValue(Types.DATE, null))).isEqualTo("\\N");
    }

    @Test
    void separatorsAndBackslashesInTextAreEscapedAndTheRestKept() {
        assertThat(text("a\tb\nc\rd\\e é \\N")).isEqualTo("a\\tb\\nc\\rd\\\\e é \\\\N");
    }

    @Test
    void decimalsAreWrittenWithoutExponent() {
        assertThat(text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(text(new BigDecimal("15000.00"))).isEqualTo("15000.00");
    }

    @Test
    void instantsAreWrittenInUtcWhateverTheirType() {
        Instant instant = Instant.parse("2026-03-01T10:15:30.123456Z");

        assertThat(text(instant)).isEqualTo("2026-03-01T10:15:30.123456Z");
        assertThat(text(Timestamp.from(instant))).isEqualTo("2026-03-01T10:15:30.123456Z");
        assertThat(text(instant.atOffset(ZoneOffset.ofHours(1)))).isEqualTo("2026-03-01T10:15:30.123456Z");
        assertThat(text(OffsetDateTime.parse("2026-03-01T11:15:30+01:00"))).isEqualTo("2026-03-01T10:15:30Z");
    }

    @Test
    void datesUuidsNumbersAndBooleansAreWrittenAsPostgresqlReadsThem() {
        UUID id = UUID.fromString("0190a8f4-2b7c-7d3e-9f00-123456789abc");

        assertThat(text(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
        assertThat(text(java.sql.Date.valueOf("2026-03-01"))).isEqualTo("2026-03-01");
        assertThat(text(id)).isEqualTo("0190a8f4-2b7c-7d3e-9f00-123456789abc");
        assertThat(text(42)).isEqualTo("42");
        assertThat(text(true) + text(false)).isEqualTo("tf");
    }

    @Test
    void collectionsAreWrittenAsArrayLiteralsWithEveryElementQuoted() {
        assertThat(text(List.of())).isEqualTo("{}");
        assertThat(text(List.of("tamper", "last_gasp"))).isEqualTo("{\"tamper\",\"last_gasp\"}");
        assertThat(text(Arrays.asList("a,b", null))).isEqualTo("{\"a,b\",NULL}");
        // a quote is escaped for the array (\") and that backslash again for COPY (\\")
        assertThat(text(List.of("say \"hi\"\t"))).isEqualTo("{\"say \\\\\"hi\\\\\"\\t\"}");
    }

    @Test
    void aValueOfAnotherTypeIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> text(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    private static String text(Object value) {
        StringBuilder text = new StringBuilder();
        PostgresCopy.append(text, value);
        return text.toString();
    }
}
