package energy.mwolo.billing.rates.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.rates.model.TaxRate;
import energy.mwolo.billing.rates.model.TaxRates;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tax rates as data: an accountant enters a rate in force from a day (the previous one of its code ends there);
 * staff read them and ask which holds on a day.
 */
@Service
public class ManagingTaxRates {

    private final TaxRates rates;

    ManagingTaxRates(TaxRates rates) {
        this.rates = rates;
    }

    @Transactional
    public TaxRate record(String code, BigDecimal rate, LocalDate validFrom, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        TaxRate entered = TaxRate.entered(code, rate, validFrom);
        rates.add(entered);
        return entered;
    }

    @Transactional(readOnly = true)
    public List<TaxRate> all(CurrentUser user) {
        BillingAccess.requireStaffRead(user);
        return rates.all();
    }

    @Transactional(readOnly = true)
    public TaxRate inForce(String code, LocalDate day, CurrentUser user) {
        BillingAccess.requireStaffRead(user);
        return rates.required(code == null || code.isBlank() ? TaxRate.VAT : code, day);
    }
}
