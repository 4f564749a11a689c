package energy.mwolo.billing.tariffs.model;

import static energy.mwolo.billing.tariffs.model.TariffFixtures.money;
import static energy.mwolo.billing.tariffs.model.TariffFixtures.residential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.ProRata;
import energy.mwolo.billing.rates.model.ExchangeRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceSheetTest {

    private static final ProRata WHOLE_APRIL = new ProRata(30, 30);
    private static final ExchangeRate RATE = new ExchangeRate(LocalDate.of(2026, 5, 4), new BigDecimal("2800.0000"));

    private static PriceSheet residentialSheet() {
        Tariff tariff = residential();
        return PriceSheet.of(tariff, tariff.latest());
    }

    @Test
    void consumptionIsSplitOverTheBlocksEachPricedOnItsOwnLine() {
        List<PricedItem> items = residentialSheet().price(new BigDecimal("350"), WHOLE_APRIL);

        assertThat(items).extracting(PricedItem::kind, i -> i.quantity().stripTrailingZeros().toPlainString(),
                        i -> i.amount().toString())
                .containsExactly(
                        tuple(ItemKind.FIXED_FEE, "1", "3.00 USD"),
                        tuple(ItemKind.ENERGY, "100", "7.00 USD"),
                        tuple(ItemKind.ENERGY, "200", "18.00 USD"),
                        tuple(ItemKind.ENERGY, "50", "5.50 USD"),
                        tuple(ItemKind.FIXED_CHARGE, "1", "500.00 CDF"));
        assertThat(items.get(1).description()).isEqualTo("Énergie, tranche 1 (0 à 100 kWh)");
        assertThat(items.get(3).description()).isEqualTo("Énergie, tranche 3 (au-delà de 300 kWh)");
        assertThat(items.get(4).taxable()).isFalse();
    }

    @Test
    void consumptionWithinTheFirstBlockUsesOnlyIt() {
        List<PricedItem> items = residentialSheet().price(new BigDecimal("42.5"), WHOLE_APRIL);

        assertThat(items).filteredOn(i -> i.kind() == ItemKind.ENERGY).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualTo(money("2.98", Currency.USD)));
    }

    @Test
    void noConsumptionBillsTheFeeAndChargesOnly() {
        assertThat(residentialSheet().price(BigDecimal.ZERO, WHOLE_APRIL)).extracting(PricedItem::kind)
                .containsExactly(ItemKind.FIXED_FEE, ItemKind.FIXED_CHARGE);
        assertThat(residentialSheet().price(null, WHOLE_APRIL)).extracting(PricedItem::kind)
                .containsExactly(ItemKind.FIXED_FEE, ItemKind.FIXED_CHARGE);
    }

    @Test
    void halfAMonthHalvesTheFeeTheChargesAndTheBlocks() {
        List<PricedItem> items = residentialSheet().price(new BigDecimal("120"), new ProRata(15, 30));

        assertThat(items).extracting(i -> i.amount().toString()).containsExactly(
                "1.50 USD", "3.50 USD", "6.30 USD", "250.00 CDF");
        assertThat(items.get(0).description()).isEqualTo("Abonnement mensuel (15/30 jours)");
        assertThat(items.get(2).description()).isEqualTo("Énergie, tranche 2 (50 à 150 kWh)");
    }

    @Test
    void aUsdTariffBilledInFrancsIsConvertedAtTheDaysRate() {
        PriceSheet inFrancs = residentialSheet().in(Currency.CDF, RATE);

        assertThat(inFrancs.price(new BigDecimal("350"), WHOLE_APRIL)).extracting(i -> i.amount().toString())
                .containsExactly("8400.00 CDF", "19600.00 CDF", "50400.00 CDF", "15400.00 CDF", "500.00 CDF");
    }

    @Test
    void francChargesOnADollarContractAreConvertedToo() {
        PriceSheet inDollars = residentialSheet().in(Currency.USD, RATE);

        assertThat(inDollars.price(null, WHOLE_APRIL)).extracting(i -> i.amount().toString())
                .containsExactly("3.00 USD", "0.18 USD");
    }

    @Test
    void aRateIsNeededOnlyWhenSomeAmountIsInAnotherCurrency() {
        PriceSheet ownTerms = PriceSheet.ofContract(money("15000", Currency.CDF), new BigDecimal("250"), Currency.CDF);

        assertThat(ownTerms.needsConversionTo(Currency.CDF)).isFalse();
        assertThat(ownTerms.in(Currency.CDF, null)).isSameAs(ownTerms);
        assertThat(residentialSheet().needsConversionTo(Currency.USD)).isTrue();
    }

    @Test
    void aContractsOwnTermsPriceEveryKwhAlike() {
        PriceSheet ownTerms = PriceSheet.ofContract(null, new BigDecimal("250.5"), Currency.CDF);

        assertThat(ownTerms.price(new BigDecimal("123.456"), WHOLE_APRIL)).singleElement().satisfies(item -> {
            assertThat(item.description()).isEqualTo("Énergie consommée");
            assertThat(item.amount()).isEqualTo(money("30925.73", Currency.CDF));
        });
    }
}
