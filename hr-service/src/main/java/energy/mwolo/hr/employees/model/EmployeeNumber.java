package energy.mwolo.hr.employees.model;

import java.util.Objects;

/** The number people see, {@code EMP-<NNNNN>}, from a database sequence: gap-tolerant, never max()+1. */
public record EmployeeNumber(String value) {

    public EmployeeNumber {
        Objects.requireNonNull(value, "value");
    }

    public static EmployeeNumber of(long sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalStateException("Employee numbers have five digits; the sequence gave " + sequence);
        }
        return new EmployeeNumber(String.format("EMP-%05d", sequence));
    }
}
