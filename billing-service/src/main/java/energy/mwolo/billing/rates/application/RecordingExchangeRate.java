package energy.mwolo.billing.rates.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.rates.model.ExchangeRate;
import energy.mwolo.billing.rates.model.ExchangeRates;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An accountant enters the day's USD/CDF rate; a day has one rate, so a second entry for it is a 409. */
@Service
public class RecordingExchangeRate {

    private final ExchangeRates rates;

    RecordingExchangeRate(ExchangeRates rates) {
        this.rates = rates;
    }

    @Transactional
    public ExchangeRate record(LocalDate day, BigDecimal cdfPerUsd, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        ExchangeRate rate = ExchangeRate.entered(day, cdfPerUsd);
        rates.add(rate);
        return rate;
    }
}
