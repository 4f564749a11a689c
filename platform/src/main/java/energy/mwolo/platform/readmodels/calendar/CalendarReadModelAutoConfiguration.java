package energy.mwolo.platform.readmodels.calendar;

import energy.mwolo.contracts.geo.HolidayCancelled;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.platform.events.EventConsumer;
import energy.mwolo.platform.readmodels.ReadModels;
import energy.mwolo.platform.readmodels.agencies.AgencyReadModelAutoConfiguration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar read model, for a service that sets {@code mwolo.read-models.calendar.enabled=true} (and the
 * agencies read model, which tells each agency's country): tables {@code read_holidays}, {@code read_working_hours}
 * and {@code read_calendar_version} (migration {@code V0_12} in {@code db/read-models/calendar}), the consumer of
 * {@code geo.calendar.events} named {@code <module>.calendar}, and the {@code WorkingCalendar} bean
 * {@value #BEAN}.
 */
@AutoConfiguration(after = AgencyReadModelAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnBooleanProperty(ReadModels.PREFIX + CalendarReadModelAutoConfiguration.NAME + ".enabled")
@EnableConfigurationProperties(CalendarReadModelProperties.class)
public class CalendarReadModelAutoConfiguration {

    /** The name of the {@code WorkingCalendar} bean, for a service that has another (geo-service). */
    public static final String BEAN = "calendarReadModel";
    static final String NAME = "calendar";
    static final String AGENCIES_SWITCH = ReadModels.PREFIX + "agencies.enabled";

    CalendarReadModelAutoConfiguration(Environment environment) {
        if (!environment.getProperty(AGENCIES_SWITCH, Boolean.class, false)) {
            throw new IllegalStateException(ReadModels.PREFIX + NAME + ".enabled=true needs " + AGENCIES_SWITCH
                    + "=true as well: an agency observes the holidays of its country, which only the agencies read"
                    + " model (geo.agency.events) tells");
        }
    }

    @Bean
    FlywayConfigurationCustomizer calendarReadModelMigrations() {
        return ReadModels.migrations(NAME);
    }

    @Bean
    JdbcCalendar calendarReadModelTables(JdbcClient jdbc) {
        return new JdbcCalendar(jdbc);
    }

    @Bean(BEAN)
    CachedWorkingCalendar calendarReadModel(JdbcCalendar tables, CalendarReadModelProperties properties) {
        return new CachedWorkingCalendar(tables::version, tables::load, properties.refresh(), System::nanoTime);
    }

    @Bean
    EventConsumer calendarReadModelConsumer(JdbcCalendar tables, CachedWorkingCalendar calendar,
            Environment environment) {
        return EventConsumer.named(ReadModels.consumerName(environment, NAME))
                .on(HolidayDeclared.CONTRACT, invalidating(tables::declared, calendar))
                .on(HolidayCancelled.CONTRACT, invalidating(tables::cancelled, calendar))
                .on(WorkingHoursChanged.CONTRACT, invalidating(tables::hoursChanged, calendar))
                .build();
    }

    /** Applies the event; if it changed the calendar, this instance's cache is dropped once that commits. */
    private static <T> Consumer<T> invalidating(Predicate<T> apply, CachedWorkingCalendar calendar) {
        return event -> {
            if (apply.test(event)) {
                calendar.invalidateAfterCommit();
            }
        };
    }
}
