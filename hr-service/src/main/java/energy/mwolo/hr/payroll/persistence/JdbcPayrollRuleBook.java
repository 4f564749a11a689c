package energy.mwolo.hr.payroll.persistence;

import energy.mwolo.hr.payroll.model.Bracket;
import energy.mwolo.hr.payroll.model.InppBand;
import energy.mwolo.hr.payroll.model.PayrollRuleBook;
import energy.mwolo.hr.payroll.model.PayrollRules;
import energy.mwolo.hr.payroll.model.PayrollRules.RateCode;
import energy.mwolo.hr.payroll.model.PayrollRulesMissing;
import energy.mwolo.hr.payroll.model.TaxScale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each kind's latest row from on or before the day: the scale and the bands as whole sets. */
@Component
class JdbcPayrollRuleBook implements PayrollRuleBook {

    private final JdbcClient jdbc;

    JdbcPayrollRuleBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PayrollRules inForceOn(LocalDate day) {
        Map<RateCode, BigDecimal> rates = new EnumMap<>(RateCode.class);
        jdbc.sql("""
                select distinct on (code) code, value from payroll_rates
                where valid_from <= ? order by code, valid_from desc""")
                .param(day)
                .query((rs, row) -> rates.put(RateCode.valueOf(rs.getString("code").toUpperCase(Locale.ROOT)),
                        rs.getBigDecimal("value")))
                .list();
        List<Bracket> brackets = jdbc.sql("""
                select lower_bound, upper_bound, rate from ipr_brackets
                where valid_from = (select max(valid_from) from ipr_brackets where valid_from <= ?)
                order by lower_bound""")
                .param(day)
                .query((rs, row) -> new Bracket(rs.getBigDecimal("lower_bound"), rs.getBigDecimal("upper_bound"),
                        rs.getBigDecimal("rate")))
                .list();
        if (brackets.isEmpty()) {
            throw new PayrollRulesMissing(day, "ipr_brackets");
        }
        List<InppBand> bands = jdbc.sql("""
                select from_headcount, to_headcount, rate from inpp_bands
                where valid_from = (select max(valid_from) from inpp_bands where valid_from <= ?)
                order by from_headcount""")
                .param(day)
                .query((rs, row) -> new InppBand(rs.getInt("from_headcount"),
                        rs.getObject("to_headcount", Integer.class), rs.getBigDecimal("rate")))
                .list();
        return new PayrollRules(day, rates, new TaxScale(brackets), bands);
    }
}
