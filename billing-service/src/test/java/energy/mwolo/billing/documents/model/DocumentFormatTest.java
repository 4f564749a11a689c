package energy.mwolo.billing.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentFormatTest {

    /** Written with '_' for the narrow no-break space and '~' for the no-break space, to be readable here. */
    private static String typed(String text) {
        return text.replace('_', DocumentFormat.GROUP).replace('~', DocumentFormat.UNIT_SPACE);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1234.56; USD; 1_234,56~USD
            0; USD; 0,00~USD
            0.5; CDF; 0,50~CDF
            999.99; CDF; 999,99~CDF
            1000; CDF; 1_000,00~CDF
            285000; CDF; 285_000,00~CDF
            1234567.8; CDF; 1_234_567,80~CDF
            999999999999.99; CDF; 999_999_999_999,99~CDF
            -42.1; USD; -42,10~USD
            -1234.5; USD; -1_234,50~USD
            """)
    void writesAmountsWithGroupedDigitsADecimalCommaAndTheCurrencyCode(String amount, Currency currency,
                                                                       String text) {
        assertThat(DocumentFormat.amount(new Money(new BigDecimal(amount), currency))).isEqualTo(typed(text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            312; 312
            312.000; 312
            1.5; 1,5
            1250; 1_250
            0.125; 0,125
            1E+3; 1_000
            """)
    void writesQuantitiesWithTheDecimalsTheyHaveAndNoMore(String quantity, String text) {
        assertThat(DocumentFormat.quantity(new BigDecimal(quantity))).isEqualTo(typed(text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            25; 25,00
            0.1234; 0,1234
            0.10; 0,10
            1500.5; 1_500,50
            """)
    void writesUnitPricesWithAtLeastTwoDecimals(String price, String text) {
        assertThat(DocumentFormat.unitPrice(new BigDecimal(price))).isEqualTo(typed(text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            0.16; 16~%
            0.160; 16~%
            0.085; 8,5~%
            0; 0~%
            """)
    void writesRatesAsPercentages(String fraction, String text) {
        assertThat(DocumentFormat.percent(new BigDecimal(fraction))).isEqualTo(typed(text));
    }

    @Test
    void writesExchangeRatesWithTheCentralBanksFourDecimals() {
        assertThat(DocumentFormat.exchangeRate(new BigDecimal("2850.5"))).isEqualTo(typed("2_850,5000"));
    }

    @Test
    void writesDatesDayFirstAndLongDatesWithTheMonthInFrench() {
        assertThat(DocumentFormat.date(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(DocumentFormat.longDate(LocalDate.of(2026, 8, 1))).isEqualTo("1er août 2026");
        assertThat(DocumentFormat.longDate(LocalDate.of(2026, 12, 31))).isEqualTo("31 décembre 2026");
    }

    @Test
    void writesInstantsAtKinshasasTimeOfDay() {
        assertThat(DocumentFormat.dateTime(Instant.parse("2026-03-05T23:30:00Z"))).isEqualTo("06/03/2026 à 00:30");
    }
}
