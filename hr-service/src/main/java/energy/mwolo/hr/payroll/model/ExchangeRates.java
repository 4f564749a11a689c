package energy.mwolo.hr.payroll.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** USD/CDF rates entered by HR, one a day. */
public interface ExchangeRates {

    Optional<ExchangeRate> on(LocalDate day);

    /** @throws DuplicateExchangeRate when the day has one already */
    void add(ExchangeRate rate);

    List<ExchangeRate> latest(int count);
}
