package energy.mwolo.billing.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1234.56; USD; mille deux cent trente-quatre dollars américains et cinquante-six cents
            1234.56; CDF; mille deux cent trente-quatre francs congolais et cinquante-six centimes
            1.00; USD; un dollar américain
            1.01; USD; un dollar américain et un cent
            2.00; CDF; deux francs congolais
            0.00; USD; zéro dollar américain
            0.50; USD; cinquante cents
            0.01; CDF; un centime
            71.80; USD; soixante et onze dollars américains et quatre-vingts cents
            280000.00; CDF; deux cent quatre-vingt mille francs congolais
            1000000.00; CDF; un million de francs congolais
            2000000000.00; CDF; deux milliards de francs congolais
            2500000.00; CDF; deux millions cinq cent mille francs congolais
            1000000.25; USD; un million de dollars américains et vingt-cinq cents
            200.00; USD; deux cents dollars américains
            -15.00; USD; moins quinze dollars américains
            """)
    void writesTheAmountWithTheCurrencyNamedInFrench(String amount, Currency currency, String words) {
        assertThat(AmountInWords.of(new Money(new BigDecimal(amount), currency))).isEqualTo(words);
    }
}
