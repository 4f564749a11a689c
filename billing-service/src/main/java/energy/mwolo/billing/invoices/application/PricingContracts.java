package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.rates.model.ExchangeRates;
import energy.mwolo.billing.rates.model.TaxRates;
import energy.mwolo.billing.tariffs.model.Tariffs;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Opens a {@link Pricing} for a day: one per request, or one per batch of a billing run. */
@Component
public class PricingContracts {

    private final Tariffs tariffs;
    private final ExchangeRates exchangeRates;
    private final TaxRates taxRates;

    PricingContracts(Tariffs tariffs, ExchangeRates exchangeRates, TaxRates taxRates) {
        this.tariffs = tariffs;
        this.exchangeRates = exchangeRates;
        this.taxRates = taxRates;
    }

    /** Must be used inside the caller's transaction (tariffs are loaded lazily). */
    public Pricing on(LocalDate day) {
        return new Pricing(tariffs, exchangeRates, taxRates, day);
    }
}
