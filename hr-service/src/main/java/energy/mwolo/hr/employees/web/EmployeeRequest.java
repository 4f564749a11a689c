package energy.mwolo.hr.employees.web;

import energy.mwolo.hr.employees.application.EmployeeDraft;
import energy.mwolo.hr.employees.model.ContractType;
import energy.mwolo.hr.employees.model.Currency;
import energy.mwolo.hr.employees.model.Department;
import energy.mwolo.hr.employees.model.EmergencyContact;
import energy.mwolo.hr.employees.model.EmployeeDetails;
import energy.mwolo.hr.employees.model.Nif;
import energy.mwolo.hr.employees.model.Position;
import energy.mwolo.hr.employees.model.PublicProfile;
import energy.mwolo.hr.employees.model.Salary;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An employee's whole record as HR writes it, on hiring (POST) and on every change (PUT). */
record EmployeeRequest(
        @NotNull UUID agency,
        @NotBlank @Size(max = 80) String firstName,
        @NotBlank @Size(max = 80) String lastName,
        @Size(max = 80) String postName,
        @Size(max = 80) String nationality,
        LocalDate birthDate,
        @Size(max = 120) String birthPlace,
        String nif,
        @NotBlank String position,
        @NotBlank String department,
        @NotBlank String contractType,
        @NotNull LocalDate hireDate,
        LocalDate endDate,
        UUID manager,
        @NotNull @Valid SalaryRequest salary,
        @Size(max = 120) String emergencyContactName,
        @Size(max = 30) String emergencyContactPhone,
        Boolean keyStaff,
        @Size(max = 500) String photoUrl,
        @Size(max = 2000) String bio) {

    record SalaryRequest(@NotNull BigDecimal amount, @NotBlank String currency) {
    }

    EmployeeDraft draft() {
        EmployeeDetails details = new EmployeeDetails(agency, firstName.strip(), lastName.strip(),
                blankToNull(postName),
                blankToNull(nationality), birthDate, blankToNull(birthPlace), nif == null ? null : new Nif(nif),
                Codes.parse(Position.class, position, "position"),
                Codes.parse(Department.class, department, "department"),
                Codes.parse(ContractType.class, contractType, "contract_type"), hireDate, endDate,
                new Salary(salary.amount(), Codes.parse(Currency.class, salary.currency(), "salary.currency")),
                new EmergencyContact(blankToNull(emergencyContactName), blankToNull(emergencyContactPhone)),
                new PublicProfile(Boolean.TRUE.equals(keyStaff), blankToNull(photoUrl), blankToNull(bio)));
        return new EmployeeDraft(details, EmployeeId.ofNullable(manager));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
