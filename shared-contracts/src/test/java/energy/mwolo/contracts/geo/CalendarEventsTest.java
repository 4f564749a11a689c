package energy.mwolo.contracts.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.GoldenSamples;
import energy.mwolo.contracts.Topics;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/** The rules the calendar schemas enforce beyond presence: kinds, override consistency, days and times. */
class CalendarEventsTest {

    @Test
    void calendarEventsArePublishedOnTheGeoCalendarTopic() {
        assertThat(HolidayDeclared.CONTRACT.topic()).isEqualTo(Topics.GEO_CALENDAR_EVENTS);
        assertThat(HolidayCancelled.CONTRACT.topic()).isEqualTo(Topics.GEO_CALENDAR_EVENTS);
        assertThat(WorkingHoursChanged.CONTRACT.topic()).isEqualTo(Topics.GEO_CALENDAR_EVENTS);
    }

    @Test
    void aKindOtherThanRecurringOrExtraFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(HolidayDeclared.CONTRACT).put("kind", "movable");

        assertThat(ContractSchemas.violations(HolidayDeclared.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, HolidayDeclared.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void anObservedOverrideWithoutItsDateFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(HolidayDeclared.CONTRACT);
        ((ObjectNode) sample.get("overrides").get(0)).remove("observed_on");

        assertThat(ContractSchemas.violations(HolidayDeclared.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void anOverrideThatIsNotObservedYetNamesADateFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(HolidayDeclared.CONTRACT);
        ((ObjectNode) sample.get("overrides").get(1)).put("observed_on", "2027-01-04");

        assertThat(ContractSchemas.violations(HolidayDeclared.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void anOverrideRecordRefusesADateThatContradictsObserved() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HolidayDeclared.YearOverride(2026, true, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HolidayDeclared.YearOverride(2027, false, LocalDate.of(2027, 1, 4)));
    }

    @Test
    void anExtraDayWithoutOverridesIsValid() {
        ObjectNode sample = GoldenSamples.tree(HolidayDeclared.CONTRACT)
                .put("kind", "extra").put("month", 8).put("day", 2).put("first_year", 2024).put("last_year", 2024);
        sample.putArray("overrides");

        assertThat(ContractSchemas.violations(HolidayDeclared.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, HolidayDeclared.class).overrides()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8:00", "24:00", "08:60", "08:00:00", "0800"})
    void aTimeOutsideHoursAndMinutesFailsValidation(String time) {
        ObjectNode sample = GoldenSamples.tree(WorkingHoursChanged.CONTRACT);
        ((ObjectNode) sample.get("intervals").get(0)).put("start", time);

        assertThat(ContractSchemas.violations(WorkingHoursChanged.CONTRACT, sample)).as(time).isNotEmpty();
    }

    @Test
    void aDayNameOutsideTheWeekFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(WorkingHoursChanged.CONTRACT);
        ((ObjectNode) sample.get("intervals").get(0)).put("day", "Monday");

        assertThat(ContractSchemas.violations(WorkingHoursChanged.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, WorkingHoursChanged.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aWeekWithoutAnyIntervalFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(WorkingHoursChanged.CONTRACT);
        sample.putArray("intervals");

        assertThat(ContractSchemas.violations(WorkingHoursChanged.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void intervalTimesAreWrittenAsHoursAndMinutes() {
        WorkingHoursChanged.Interval interval =
                new WorkingHoursChanged.Interval("friday", LocalTime.of(8, 0), LocalTime.of(16, 30));

        assertThat(ContractJson.write(interval)).isEqualTo("{\"day\":\"friday\",\"start\":\"08:00\",\"end\":\"16:30\"}");
    }

    @Test
    void theCompanyDefaultIsTheScheduleWithoutAgency() {
        ObjectNode sample = GoldenSamples.tree(WorkingHoursChanged.CONTRACT);
        sample.remove("agency_id");

        assertThat(ContractSchemas.violations(WorkingHoursChanged.CONTRACT, sample)).isEmpty();
        WorkingHoursChanged read = ContractJson.mapper().treeToValue(sample, WorkingHoursChanged.class);
        assertThat(read.agencyId()).isNull();
        assertThat(read.intervals()).extracting(WorkingHoursChanged.Interval::day)
                .isEqualTo(List.of("monday", "monday", "saturday"));
    }
}
