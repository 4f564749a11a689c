package energy.mwolo.billing.rates.persistence;

import energy.mwolo.billing.rates.model.DuplicateExchangeRate;
import energy.mwolo.billing.rates.model.ExchangeRate;
import energy.mwolo.billing.rates.model.ExchangeRates;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code exchange_rates}, one row per day (its primary key): a concurrent second entry finds the first. */
@Repository
class JdbcExchangeRates implements ExchangeRates {

    private final JdbcClient jdbc;

    JdbcExchangeRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ExchangeRate> latestBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day, cdf_per_usd from exchange_rates where day between :from and :to
                        order by day desc limit 1""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(JdbcExchangeRates::rate)
                .optional();
    }

    @Override
    public void add(ExchangeRate rate) {
        int inserted = jdbc.sql("""
                        insert into exchange_rates (day, cdf_per_usd) values (:day, :rate)
                        on conflict (day) do nothing""")
                .param("day", Date.valueOf(rate.day()))
                .param("rate", rate.cdfPerUsd())
                .update();
        if (inserted == 0) {
            throw new DuplicateExchangeRate(rate.day());
        }
    }

    @Override
    public long count(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from exchange_rates where day between :from and :to")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(Long.class)
                .single();
    }

    @Override
    public List<ExchangeRate> find(LocalDate from, LocalDate to, long offset, int limit) {
        return jdbc.sql("""
                        select day, cdf_per_usd from exchange_rates where day between :from and :to
                        order by day desc offset :offset limit :limit""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcExchangeRates::rate)
                .list();
    }

    private static ExchangeRate rate(ResultSet row, int number) throws SQLException {
        return new ExchangeRate(row.getDate("day").toLocalDate(), row.getBigDecimal("cdf_per_usd"));
    }
}
