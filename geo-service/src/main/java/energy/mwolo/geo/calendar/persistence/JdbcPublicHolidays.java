package energy.mwolo.geo.calendar.persistence;

import energy.mwolo.geo.calendar.model.CountryCode;
import energy.mwolo.geo.calendar.model.HolidayId;
import energy.mwolo.geo.calendar.model.HolidayNames;
import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.PublicHolidays;
import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.calendar.YearOverride;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A holiday is one row of public_holidays and one row of holiday_overrides per overridden year. */
@Repository
class JdbcPublicHolidays implements PublicHolidays {

    private static final String SELECT = """
            select id, country_code, kind, month, day, first_year, last_year, name_fr, name_en, is_cancelled
            from public_holidays""";
    private static final String ORDER = " order by month, day, first_year, id";

    private final JdbcClient jdbc;

    JdbcPublicHolidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PublicHoliday> byId(HolidayId id) {
        return load(SELECT + " where id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<PublicHoliday> lockById(HolidayId id) {
        return load(SELECT + " where id = :id for update", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public List<PublicHoliday> observedBy(CountryCode country) {
        return load(SELECT + " where country_code = :country and not is_cancelled" + ORDER,
                Map.of("country", country.value()));
    }

    @Override
    public List<PublicHoliday> declaredBy(CountryCode country) {
        return load(SELECT + " where country_code = :country" + ORDER, Map.of("country", country.value()));
    }

    @Override
    public List<PublicHoliday> lockUnannounced() {
        return load(SELECT + " where not announced" + ORDER + " for update", Map.of());
    }

    @Override
    public void add(PublicHoliday holiday) {
        HolidayRule rule = holiday.rule();
        jdbc.sql("""
                        insert into public_holidays (id, country_code, kind, month, day, first_year, last_year,
                                                     name_fr, name_en, is_cancelled, announced)
                        values (:id, :country, :kind, :month, :day, :firstYear, :lastYear, :nameFr, :nameEn,
                                :cancelled, true)""")
                .param("id", rule.id())
                .param("country", holiday.country().value())
                .param("kind", rule.kind().name().toLowerCase(Locale.ROOT))
                .param("month", rule.day().getMonthValue())
                .param("day", rule.day().getDayOfMonth())
                .param("firstYear", rule.firstYear())
                .param("lastYear", rule.lastYear(), Types.INTEGER)
                .param("nameFr", holiday.names().french())
                .param("nameEn", holiday.names().english())
                .param("cancelled", holiday.isCancelled())
                .update();
        insertOverrides(rule);
    }

    /** Only the state and the overrides change; what a holiday is (date, years, names) never does. */
    @Override
    public void update(PublicHoliday holiday) {
        jdbc.sql("""
                        update public_holidays set is_cancelled = :cancelled, announced = true, updated_at = now()
                        where id = :id""")
                .param("id", holiday.id().value())
                .param("cancelled", holiday.isCancelled())
                .update();
        jdbc.sql("delete from holiday_overrides where holiday_id = :id").param("id", holiday.id().value()).update();
        insertOverrides(holiday.rule());
    }

    private void insertOverrides(HolidayRule rule) {
        for (YearOverride override : rule.overrides()) {
            jdbc.sql("insert into holiday_overrides (holiday_id, year, observed_on) values (:id, :year, :observedOn)")
                    .param("id", rule.id())
                    .param("year", override.year())
                    .param("observedOn", override.observedOn(), Types.DATE)
                    .update();
        }
    }

    private List<PublicHoliday> load(String sql, Map<String, Object> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(JdbcPublicHolidays::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<YearOverride>> overrides = jdbc.sql("""
                        select holiday_id, year, observed_on from holiday_overrides
                        where holiday_id = any(:ids) order by year""")
                .param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("holiday_id", UUID.class),
                        new YearOverride(rs.getInt("year"), rs.getObject("observed_on", LocalDate.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<PublicHoliday> holidays = new ArrayList<>(rows.size());
        for (Row row : rows) {
            holidays.add(row.holiday(overrides.getOrDefault(row.id(), List.of())));
        }
        return holidays;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("country_code"), rs.getString("kind"),
                MonthDay.of(rs.getInt("month"), rs.getInt("day")), rs.getInt("first_year"),
                rs.getObject("last_year", Integer.class), rs.getString("name_fr"), rs.getString("name_en"),
                rs.getBoolean("is_cancelled"));
    }

    private record Row(UUID id, String country, String kind, MonthDay day, int firstYear, Integer lastYear,
                       String nameFr, String nameEn, boolean cancelled) {

        PublicHoliday holiday(List<YearOverride> overrides) {
            HolidayRule.Kind ruleKind = HolidayRule.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            return PublicHoliday.restore(new CountryCode(country), new HolidayNames(nameFr, nameEn),
                    new HolidayRule(id, ruleKind, day, firstYear, lastYear, overrides), cancelled);
        }
    }
}
