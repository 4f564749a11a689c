package energy.mwolo.geo.calendar.persistence;

import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.calendar.model.Schedules;
import energy.mwolo.geo.calendar.model.WorkingHours;
import energy.mwolo.platform.calendar.WeeklySchedule;
import energy.mwolo.platform.calendar.WorkingInterval;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Working hours are a row of working_hours (agency_id null for the company default) and one row of
 * working_hour_intervals per interval. An agency's row has the agency's id as its own.
 */
@Repository
class JdbcSchedules implements Schedules {

    private static final String SELECT = "select id, agency_id, zone from working_hours";

    private final JdbcClient jdbc;

    JdbcSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public WorkingHours companyDefault() {
        return one(SELECT + " where agency_id is null", Map.of()).orElseThrow(JdbcSchedules::noDefault);
    }

    @Override
    public Optional<WorkingHours> of(AgencyId agency) {
        return one(SELECT + " where agency_id = :agency", Map.of("agency", agency.value()));
    }

    @Override
    public WorkingHours lockCompanyDefault() {
        return one(SELECT + " where agency_id is null for update", Map.of()).orElseThrow(JdbcSchedules::noDefault);
    }

    @Override
    public Optional<WorkingHours> lockOf(AgencyId agency) {
        return one(SELECT + " where agency_id = :agency for update", Map.of("agency", agency.value()));
    }

    @Override
    public List<WorkingHours> lockUnannounced() {
        return jdbc.sql(SELECT + " where not announced order by agency_id nulls first for update")
                .query(JdbcSchedules::stored)
                .list().stream()
                .map(this::hours)
                .toList();
    }

    @Override
    public void add(WorkingHours hours) {
        UUID id = hours.agency().value();
        jdbc.sql("""
                        insert into working_hours (id, agency_id, zone, announced)
                        values (:id, :agency, :zone, true)""")
                .param("id", id)
                .param("agency", id)
                .param("zone", hours.zone().getId())
                .update();
        insertIntervals(id, hours.schedule());
    }

    @Override
    public void update(WorkingHours hours) {
        UUID id = jdbc.sql("""
                        update working_hours set zone = :zone, announced = true, updated_at = now()
                        where agency_id is not distinct from :agency returning id""")
                .param("agency", hours.isCompanyDefault() ? null : hours.agency().value(), Types.OTHER)
                .param("zone", hours.zone().getId())
                .query(UUID.class)
                .single();
        jdbc.sql("delete from working_hour_intervals where working_hours_id = :id").param("id", id).update();
        insertIntervals(id, hours.schedule());
    }

    private void insertIntervals(UUID id, WeeklySchedule schedule) {
        for (DayOfWeek day : DayOfWeek.values()) {
            for (WorkingInterval interval : schedule.on(day)) {
                jdbc.sql("""
                                insert into working_hour_intervals (working_hours_id, day_of_week, starts_at, ends_at)
                                values (:id, :day, :start, :end)""")
                        .param("id", id)
                        .param("day", day.getValue())
                        .param("start", interval.start())
                        .param("end", interval.end())
                        .update();
            }
        }
    }

    private Optional<WorkingHours> one(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(JdbcSchedules::stored).optional().map(this::hours);
    }

    private WorkingHours hours(Stored stored) {
        Map<DayOfWeek, List<WorkingInterval>> days = jdbc.sql("""
                        select day_of_week, starts_at, ends_at from working_hour_intervals
                        where working_hours_id = :id order by day_of_week, starts_at""")
                .param("id", stored.id())
                .query((rs, n) -> Map.entry(DayOfWeek.of(rs.getInt("day_of_week")),
                        new WorkingInterval(rs.getObject("starts_at", LocalTime.class),
                                rs.getObject("ends_at", LocalTime.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, () -> new EnumMap<>(DayOfWeek.class),
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return WorkingHours.restore(stored.agency() == null ? null : new AgencyId(stored.agency()),
                ZoneId.of(stored.zone()), WeeklySchedule.of(days));
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("zone"));
    }

    private static IllegalStateException noDefault() {
        return new IllegalStateException("The company default working hours are missing (migration V4 loads them)");
    }

    private record Stored(UUID id, UUID agency, String zone) {
    }
}
