package energy.mwolo.hr.payroll.persistence;

import energy.mwolo.hr.payroll.model.DuplicateExchangeRate;
import energy.mwolo.hr.payroll.model.ExchangeRate;
import energy.mwolo.hr.payroll.model.ExchangeRates;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The day is the key: a second rate for a day, even a concurrent one, is refused. */
@Component
class JdbcExchangeRates implements ExchangeRates {

    private final JdbcClient jdbc;

    JdbcExchangeRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ExchangeRate> on(LocalDate day) {
        return jdbc.sql("select day, cdf_per_usd from exchange_rates where day = ?").param(day)
                .query((rs, row) -> new ExchangeRate(rs.getObject("day", LocalDate.class),
                        rs.getBigDecimal("cdf_per_usd")))
                .optional();
    }

    @Override
    public void add(ExchangeRate rate) {
        try {
            jdbc.sql("insert into exchange_rates (day, cdf_per_usd, entered_at) values (?, ?, ?)")
                    .params(rate.day(), rate.cdfPerUsd(), Timestamp.from(Instant.now()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateExchangeRate(rate.day());
        }
    }

    @Override
    public List<ExchangeRate> latest(int count) {
        return jdbc.sql("select day, cdf_per_usd from exchange_rates order by day desc limit ?").param(count)
                .query((rs, row) -> new ExchangeRate(rs.getObject("day", LocalDate.class),
                        rs.getBigDecimal("cdf_per_usd")))
                .list();
    }
}
