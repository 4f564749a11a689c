package energy.mwolo.hr.evaluations.persistence;

import energy.mwolo.hr.evaluations.model.EvaluationPeriod;
import energy.mwolo.hr.evaluations.model.EvaluationPeriods;
import energy.mwolo.hr.evaluations.model.EvaluationRefused;
import energy.mwolo.platform.errors.ErrorKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Review periods, a small lookup through JdbcClient. */
@Component
class JdbcEvaluationPeriods implements EvaluationPeriods {

    private final JdbcClient jdbc;

    JdbcEvaluationPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EvaluationPeriod> find(UUID id) {
        return jdbc.sql("select id, name, start_date, end_date from evaluation_periods where id = ?").param(id)
                .query(JdbcEvaluationPeriods::period).optional();
    }

    @Override
    public void add(EvaluationPeriod period) {
        try {
            jdbc.sql("insert into evaluation_periods (id, name, start_date, end_date) values (?, ?, ?, ?)")
                    .params(period.id(), period.name(), period.startDate(), period.endDate()).update();
        } catch (DuplicateKeyException e) {
            throw new EvaluationRefused(ErrorKind.CONFLICT, "hr.evaluation.period_name_taken", period.name());
        }
    }

    @Override
    public List<EvaluationPeriod> list() {
        return jdbc.sql("select id, name, start_date, end_date from evaluation_periods order by start_date desc")
                .query(JdbcEvaluationPeriods::period).list();
    }

    private static EvaluationPeriod period(ResultSet rs, int row) throws SQLException {
        return new EvaluationPeriod(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
    }
}
