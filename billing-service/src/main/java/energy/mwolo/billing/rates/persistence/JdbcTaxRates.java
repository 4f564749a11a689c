package energy.mwolo.billing.rates.persistence;

import energy.mwolo.billing.rates.model.DuplicateTaxRate;
import energy.mwolo.billing.rates.model.TaxRate;
import energy.mwolo.billing.rates.model.TaxRates;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code tax_rates}, keyed by (code, valid_from); the rate in force is the latest one started. */
@Repository
class JdbcTaxRates implements TaxRates {

    private final JdbcClient jdbc;

    JdbcTaxRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TaxRate> inForce(String code, LocalDate day) {
        return jdbc.sql("""
                        select code, rate, valid_from from tax_rates where code = :code and valid_from <= :day
                        order by valid_from desc limit 1""")
                .param("code", code)
                .param("day", Date.valueOf(day))
                .query(JdbcTaxRates::rate)
                .optional();
    }

    @Override
    public void add(TaxRate rate) {
        int inserted = jdbc.sql("""
                        insert into tax_rates (code, valid_from, rate) values (:code, :from, :rate)
                        on conflict (code, valid_from) do nothing""")
                .param("code", rate.code())
                .param("from", Date.valueOf(rate.validFrom()))
                .param("rate", rate.rate())
                .update();
        if (inserted == 0) {
            throw new DuplicateTaxRate(rate.code(), rate.validFrom());
        }
    }

    @Override
    public List<TaxRate> all() {
        return jdbc.sql("select code, rate, valid_from from tax_rates order by code, valid_from desc")
                .query(JdbcTaxRates::rate)
                .list();
    }

    private static TaxRate rate(ResultSet row, int number) throws SQLException {
        return new TaxRate(row.getString("code"), row.getBigDecimal("rate"), row.getDate("valid_from").toLocalDate());
    }
}
