package energy.mwolo.billing.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void numbersArePrefixYearAndSixDigits() {
        assertThat(new DocumentNumber("FAC", 2026, 42).toString()).isEqualTo("FAC-2026-000042");
        assertThat(new DocumentNumber("AV", 2027, 1).toString()).isEqualTo("AV-2027-000001");
    }

    @Test
    void pastAMillionANumberGrowsADigitRatherThanRepeat() {
        assertThat(new DocumentNumber("FAC", 2026, 1_000_000).toString()).isEqualTo("FAC-2026-1000000");
    }

    @Test
    void aWrittenNumberReadsBack() {
        assertThat(DocumentNumber.parse("FAC-2026-000042")).isEqualTo(new DocumentNumber("FAC", 2026, 42));
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumber.parse("FAC-26-42"));
        assertThatIllegalArgumentException().isThrownBy(() -> new DocumentNumber("FAC", 2026, 0));
    }
}
