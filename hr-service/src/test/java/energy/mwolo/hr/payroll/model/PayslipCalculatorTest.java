package energy.mwolo.hr.payroll.model;

import static energy.mwolo.hr.payroll.model.PayrollFixtures.RATE;
import static energy.mwolo.hr.payroll.model.PayrollFixtures.earner;
import static energy.mwolo.hr.payroll.model.PayrollFixtures.input;
import static energy.mwolo.hr.payroll.model.PayrollFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.hr.kernel.InvalidField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payslips computed by hand (rate 2,850 CDF/USD; the monthly IPR bands are the annual ones / 12: 0-162,000 at 3 %,
 * to 1,800,000 at 15 %, to 3,600,000 at 30 %, above at 40 %).
 */
class PayslipCalculatorTest {

    private final PayrollRules rules = PayrollFixtures.seeded();

    @Test
    void aDollarSalaryIsTaxedInFrancsAtTheRunsRateAndShownInBothCurrencies() {
        Earner earner = earner("1200.00", PayCurrency.USD, 0);
        PayslipFigures slip = PayslipCalculator.compute(earner,
                input(earner, List.of(line("Transport", "100.00")), "0"), rules, RATE, 12);

        // 1,300 USD x 2,850 = 3,705,000; CNSS 5 % = 185,250; taxable 3,519,750
        assertThat(slip.gross()).isEqualByComparingTo("1300.00");
        assertThat(slip.grossCdf()).isEqualByComparingTo("3705000.00");
        assertThat(slip.cnssEmployee()).isEqualByComparingTo("185250.00");
        assertThat(slip.taxable()).isEqualByComparingTo("3519750.00");
        // 4,860 + 1,638,000 x 15 % (245,700) + 1,719,750 x 30 % (515,925) = 766,485; cap 1,055,925 not reached
        assertThat(slip.ipr()).isEqualByComparingTo("766485.00");
        assertThat(slip.iprCapped()).isFalse();
        // 3,705,000 - 185,250 - 766,485 = 2,753,265 CDF = 966.0578... USD
        assertThat(slip.netCdf()).isEqualByComparingTo("2753265.00");
        assertThat(slip.netUsd()).isEqualByComparingTo("966.06");
        assertThat(slip.netInSalaryCurrency()).isEqualByComparingTo("966.06");
        assertThat(slip.grossUsd()).isEqualByComparingTo("1300.00");
        // employer: 5 + 6.5 + 1.5 % CNSS, INPP 3 % (12 people), ONEM 0.2 %
        assertThat(slip.employerPension()).isEqualByComparingTo("185250.00");
        assertThat(slip.employerFamily()).isEqualByComparingTo("240825.00");
        assertThat(slip.employerOccupationalRisks()).isEqualByComparingTo("55575.00");
        assertThat(slip.inpp()).isEqualByComparingTo("111150.00");
        assertThat(slip.onem()).isEqualByComparingTo("7410.00");
    }

    @Test
    void eachDependentTakesTwoPercentOffTheTax() {
        Earner earner = earner("1500000.00", PayCurrency.CDF, 3);
        PayslipFigures slip = PayslipCalculator.compute(earner,
                input(earner, List.of(line("Logement", "200000.00")), "50000.00"), rules, RATE, 12);

        // gross 1,750,000; CNSS 87,500; taxable 1,662,500; scale 4,860 + 1,500,500 x 15 % = 229,935; x 0.94
        assertThat(slip.gross()).isEqualByComparingTo("1750000.00");
        assertThat(slip.taxable()).isEqualByComparingTo("1662500.00");
        assertThat(slip.iprScale()).isEqualByComparingTo("229935.00");
        assertThat(slip.ipr()).isEqualByComparingTo("216138.90");
        assertThat(slip.netCdf()).isEqualByComparingTo("1446361.10");
        // 1,446,361.10 / 2,850 = 507.4951 USD; gross 1,750,000 / 2,850 = 614.0351
        assertThat(slip.netUsd()).isEqualByComparingTo("507.50");
        assertThat(slip.grossUsd()).isEqualByComparingTo("614.04");
    }

    @Test
    void dependentsBeyondNineCountAsNine() {
        Earner nine = earner("1500000.00", PayCurrency.CDF, 9);
        Earner twelve = earner("1500000.00", PayCurrency.CDF, 12);

        // taxable 1,425,000; scale 4,860 + 1,263,000 x 15 % = 194,310; x (1 - 18 %) = 159,334.20
        assertThat(PayslipCalculator.compute(twelve, input(twelve, List.of(), "0"), rules, RATE, 12).ipr())
                .isEqualByComparingTo("159334.20")
                .isEqualByComparingTo(PayslipCalculator.compute(nine, input(nine, List.of(), "0"), rules, RATE, 12)
                        .ipr());
    }

    @Test
    void theTaxNeverExceedsThirtyPercentOfTheTaxableIncome() {
        Earner earner = earner("5000.00", PayCurrency.USD, 2);
        PayslipFigures slip = PayslipCalculator.compute(earner, input(earner, List.of(), "0"), rules, RATE, 400);

        // 14,250,000 CDF; CNSS 712,500; taxable 13,537,500
        // scale 4,860 + 245,700 + 540,000 + 9,937,500 x 40 % = 4,765,560 > cap 4,061,250; x 0.96 = 3,898,800
        assertThat(slip.iprScale()).isEqualByComparingTo("4765560.00");
        assertThat(slip.iprCapped()).isTrue();
        assertThat(slip.ipr()).isEqualByComparingTo("3898800.00");
        assertThat(slip.netCdf()).isEqualByComparingTo("9638700.00");
        assertThat(slip.netUsd()).isEqualByComparingTo("3382.00");
        // 400 people: INPP 1 %
        assertThat(slip.inpp()).isEqualByComparingTo("142500.00");
    }

    @Test
    void aSmallTaxIsRaisedToTheMinimumOf2500Francs() {
        Earner earner = earner("80000.00", PayCurrency.CDF, 0);
        PayslipFigures slip = PayslipCalculator.compute(earner, input(earner, List.of(), "0"), rules, RATE, 12);

        // CNSS 4,000; taxable 76,000; 3 % = 2,280 < 2,500
        assertThat(slip.iprScale()).isEqualByComparingTo("2280.00");
        assertThat(slip.iprMinimumApplied()).isTrue();
        assertThat(slip.ipr()).isEqualByComparingTo("2500.00");
        assertThat(slip.netCdf()).isEqualByComparingTo("73500.00");
        assertThat(slip.netUsd()).isEqualByComparingTo("25.79");
    }

    @Test
    void incomeWhollyInAZeroPercentBandOwesNoTaxAndNoMinimum() {
        PayrollRules withExemptBand = PayrollFixtures.rules(new TaxScale(List.of(
                PayrollFixtures.bracket("0", "1944000", "0"),
                PayrollFixtures.bracket("1944000", "21600000", "0.15"),
                PayrollFixtures.bracket("21600000", null, "0.30"))));
        Earner earner = earner("150000.00", PayCurrency.CDF, 0);
        PayslipFigures slip = PayslipCalculator.compute(earner, input(earner, List.of(), "0"), withExemptBand, RATE,
                12);

        // taxable 142,500 x 12 = 1,710,000 per year, inside the 0 % band
        assertThat(slip.ipr()).isEqualByComparingTo("0.00");
        assertThat(slip.iprMinimumApplied()).isFalse();
        assertThat(slip.netCdf()).isEqualByComparingTo("142500.00");
    }

    @Test
    void theMinimumNeverTakesMoreThanTheTaxableIncome() {
        Earner earner = earner("2000.00", PayCurrency.CDF, 0);
        PayslipFigures slip = PayslipCalculator.compute(earner, input(earner, List.of(), "0"), rules, RATE, 12);

        // taxable 1,900; 3 % = 57 raised to the minimum, but at most 1,900
        assertThat(slip.ipr()).isEqualByComparingTo("1900.00");
        assertThat(slip.netCdf()).isEqualByComparingTo("0.00");
    }

    @Test
    void figuresAreRoundedHalfUpToTheCentimeWhereTheyAreShown() {
        Earner earner = earner("1000.10", PayCurrency.CDF, 1);
        PayslipFigures slip = PayslipCalculator.compute(earner, input(earner, List.of(), "0"), rules, RATE, 12);

        // CNSS 50.005 -> 50.01; taxable 950.09; 3 % = 28.5027 -> 28.50 x 0.98 = 27.932646 -> min 2,500 capped at 950.09
        assertThat(slip.cnssEmployee()).isEqualByComparingTo("50.01");
        assertThat(slip.taxable()).isEqualByComparingTo("950.09");
        assertThat(slip.ipr()).isEqualByComparingTo("950.09");
        // family 65.0065 -> 65.01; conversion of 1,000.10 / 2,850 = 0.350912 -> 0.35
        assertThat(slip.employerFamily()).isEqualByComparingTo("65.01");
        assertThat(slip.grossUsd()).isEqualByComparingTo("0.35");
    }

    @Test
    void aDollarGrossIsConvertedHalfUpToTheCentime() {
        ExchangeRate rate = new ExchangeRate(RATE.day(), new BigDecimal("2845.5555"));
        Earner earner = earner("1000.01", PayCurrency.USD, 0);
        PayslipFigures slip = PayslipCalculator.compute(earner, input(earner, List.of(), "0"), rules, rate, 12);

        // 1,000.01 x 2,845.5555 = 2,845,583.955555 -> 2,845,583.96
        assertThat(slip.grossCdf()).isEqualByComparingTo("2845583.96");
    }

    @Test
    void adjustmentsCorrectAPreviousMonthThroughTheGross() {
        Earner earner = earner("1000.00", PayCurrency.USD, 0);
        PayrollInput input = new PayrollInput(earner.id(), PayrollFixtures.MARCH, List.of(), BigDecimal.ZERO,
                List.of(line("Correction février", "-150.00")));

        assertThat(PayslipCalculator.compute(earner, input, rules, RATE, 12).gross()).isEqualByComparingTo("850.00");
    }

    @Test
    void adjustmentsCannotTakeTheGrossBelowZero() {
        Earner earner = earner("100.00", PayCurrency.USD, 0);
        PayrollInput input = new PayrollInput(earner.id(), PayrollFixtures.MARCH, List.of(), BigDecimal.ZERO,
                List.of(line("Trop-perçu", "-150.00")));

        assertThatThrownBy(() -> PayslipCalculator.compute(earner, input, rules, RATE, 12))
                .isInstanceOf(NegativeGross.class);
    }

    @Test
    void anAllowanceWithThreeDecimalsIsRefusedNotRounded() {
        Earner earner = earner("100.00", PayCurrency.USD, 0);

        assertThatThrownBy(() -> new PayrollInput(earner.id(), PayrollFixtures.MARCH,
                List.of(new PayLine("Transport", new BigDecimal("10.125"))), BigDecimal.ZERO, List.of()))
                .isInstanceOf(InvalidField.class).hasMessageContaining("hr.payroll.amount_invalid");
    }

    @Test
    void anExchangeRateWithFiveDecimalsIsRefused() {
        assertThatThrownBy(() -> new ExchangeRate(RATE.day(), new BigDecimal("2850.12345")))
                .isInstanceOf(InvalidField.class).hasMessageContaining("hr.payroll.exchange_rate_invalid");
    }
}
