package energy.mwolo.hr.payroll.web;

import energy.mwolo.hr.kernel.InvalidField;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** {@code 2026-03} in paths, filters and bodies; anything else is a 400 naming the field. */
final class Months {

    private Months() {
    }

    static YearMonth parse(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "hr.payroll.month_invalid", text);
        }
    }
}
