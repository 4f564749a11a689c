package energy.mwolo.hr.evaluations.model;

import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.platform.outbox.Uuids;
import java.time.LocalDate;
import java.util.UUID;

/** A review period HR opens (a year, a half-year): its name is unique, its end not before its start. */
public record EvaluationPeriod(UUID id, String name, LocalDate startDate, LocalDate endDate) {

    public EvaluationPeriod {
        if (name == null || name.isBlank()) {
            throw InvalidField.required("name");
        }
        if (startDate == null) {
            throw InvalidField.required("start_date");
        }
        if (endDate == null) {
            throw InvalidField.required("end_date");
        }
        if (endDate.isBefore(startDate)) {
            throw new InvalidField("end_date", "hr.evaluation.period_end_before_start", endDate, startDate);
        }
        name = name.strip();
    }

    public static EvaluationPeriod open(String name, LocalDate startDate, LocalDate endDate) {
        return new EvaluationPeriod(Uuids.timeOrdered(), name, startDate, endDate);
    }
}
