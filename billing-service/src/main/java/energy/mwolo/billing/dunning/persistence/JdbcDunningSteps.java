package energy.mwolo.billing.dunning.persistence;

import energy.mwolo.billing.dunning.model.DunningSchedule;
import energy.mwolo.billing.dunning.model.DunningStep;
import energy.mwolo.billing.dunning.model.DunningSteps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDunningSteps implements DunningSteps {

    private final JdbcClient jdbc;

    JdbcDunningSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DunningSchedule current() {
        return new DunningSchedule(jdbc.sql("select code, offset_days, final from dunning_steps order by offset_days")
                .query((row, n) -> new DunningStep(row.getString("code"), row.getInt("offset_days"),
                        row.getBoolean("final")))
                .list());
    }

    /** Under a table lock: two replacements at once apply one after the other, never mixed. */
    @Override
    public void replace(DunningSchedule schedule) {
        jdbc.sql("lock table dunning_steps in exclusive mode").update();
        jdbc.sql("delete from dunning_steps").update();
        for (DunningStep step : schedule.steps()) {
            jdbc.sql("insert into dunning_steps (code, offset_days, final) values (?, ?, ?)")
                    .params(step.code(), step.offsetDays(), step.isFinal()).update();
        }
    }
}
