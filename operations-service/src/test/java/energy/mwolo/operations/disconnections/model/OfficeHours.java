package energy.mwolo.operations.disconnections.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Monday to Friday, 08:00 to 17:00 in Kinshasa, less the given public holidays. */
record OfficeHours(Set<LocalDate> holidays) implements WorkingTime {

    static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KINSHASA).toInstant();
    }

    @Override
    public boolean isWorkingTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, KINSHASA);
        return workingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(OPENS)
                && local.toLocalTime().isBefore(CLOSES);
    }

    @Override
    public Instant nextWorkingTime(Instant instant) {
        if (isWorkingTime(instant)) {
            return instant;
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, KINSHASA);
        LocalDate day = local.toLocalTime().isBefore(OPENS) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(OPENS).atZone(KINSHASA).toInstant();
    }

    private boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
