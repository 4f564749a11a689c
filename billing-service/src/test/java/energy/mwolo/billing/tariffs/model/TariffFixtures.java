package energy.mwolo.billing.tariffs.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Tariffs shaped like the seeded residential one. */
final class TariffFixtures {

    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final FixedCharge PUBLIC_LIGHTING = new FixedCharge("ECL-PUB", "Taxe d’éclairage public",
            money("500", Currency.CDF), false);

    private TariffFixtures() {
    }

    /** 3 USD a month; 0-100 kWh at 0.07, 100-300 at 0.09, above at 0.11; public lighting 500 CDF. */
    static Tariff residential() {
        return Tariff.create(new TariffCode("RES"), "Résidentiel", Currency.USD, version(FROM, "3.00"));
    }

    static TariffVersion version(LocalDate from, String fee) {
        return new TariffVersion(from, money(fee, Currency.USD), List.of(
                block("100", "0.07"), block("300", "0.09"), block(null, "0.11")), List.of(PUBLIC_LIGHTING));
    }

    static EnergyBlock block(String upTo, String price) {
        return EnergyBlock.entered(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(price), "blocks");
    }

    static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
