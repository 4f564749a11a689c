package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.InvalidField;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What HR records and changes about an employee. {@code nif} and {@code salary} are confidential: only HR and the
 * employee itself see them. Nullable: postName, nationality, birthDate, birthPlace, nif, endDate.
 */
public record EmployeeDetails(
        UUID agency,
        String firstName,
        String lastName,
        String postName,
        String nationality,
        LocalDate birthDate,
        String birthPlace,
        Nif nif,
        Position position,
        Department department,
        ContractType contractType,
        LocalDate hireDate,
        LocalDate endDate,
        Salary salary,
        EmergencyContact emergencyContact,
        PublicProfile publicProfile) {

    public EmployeeDetails {
        require(agency, "agency");
        require(firstName, "first_name");
        require(lastName, "last_name");
        require(position, "position");
        require(department, "department");
        require(contractType, "contract_type");
        require(hireDate, "hire_date");
        require(salary, "salary");
        if (endDate != null && endDate.isBefore(hireDate)) {
            throw new InvalidField("end_date", "hr.employee.end_before_hire", endDate, hireDate);
        }
        if (birthDate != null && !birthDate.isBefore(hireDate)) {
            throw new InvalidField("birth_date", "hr.employee.born_after_hire", birthDate, hireDate);
        }
        emergencyContact = Objects.requireNonNullElse(emergencyContact, EmergencyContact.NONE);
        publicProfile = Objects.requireNonNullElse(publicProfile, PublicProfile.NONE);
    }

    private static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw InvalidField.required(field);
        }
    }

    EmployeeDetails endingOn(LocalDate lastDay) {
        return new EmployeeDetails(agency, firstName, lastName, postName, nationality, birthDate, birthPlace, nif,
                position, department, contractType, hireDate, lastDay, salary, emergencyContact, publicProfile);
    }
}
