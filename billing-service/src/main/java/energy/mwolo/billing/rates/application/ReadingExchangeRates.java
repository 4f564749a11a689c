package energy.mwolo.billing.rates.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.rates.model.ExchangeRate;
import energy.mwolo.billing.rates.model.ExchangeRates;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff list the rates entered and ask which rate holds on a day (the day's, else one of the 3 days before). */
@Service
@Transactional(readOnly = true)
public class ReadingExchangeRates {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final ExchangeRates rates;

    ReadingExchangeRates(ExchangeRates rates) {
        this.rates = rates;
    }

    public long count(LocalDate from, LocalDate to, CurrentUser user) {
        BillingAccess.requireStaffRead(user);
        return rates.count(orEarliest(from), orLatest(to));
    }

    public List<ExchangeRate> find(LocalDate from, LocalDate to, long offset, int limit) {
        return rates.find(orEarliest(from), orLatest(to), offset, limit);
    }

    public ExchangeRate effectiveOn(LocalDate day, CurrentUser user) {
        BillingAccess.requireStaffRead(user);
        return rates.effectiveOn(day);
    }

    private static LocalDate orEarliest(LocalDate day) {
        return day == null ? EARLIEST : day;
    }

    private static LocalDate orLatest(LocalDate day) {
        return day == null ? LATEST : day;
    }
}
