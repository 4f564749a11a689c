package energy.mwolo.billing.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    /** Version 3, 29 modules a side: at the 96 points drawn, a module is almost 1 mm, which any phone reads. */
    @Test
    void theLongestPayloadOfADocumentFitsAVersionThreeSymbol() {
        assertThat(QrCode.of("MWOLO|FAC-2026-000123|999999999999.99|CDF").size()).isEqualTo(29);
    }
}
