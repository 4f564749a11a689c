package energy.mwolo.hr.employees.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import energy.mwolo.hr.employees.application.EmployeeView;
import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.hr.employees.model.EmployeeDetails;
import energy.mwolo.hr.kernel.Codes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An employee on the wire; {@code nif} and {@code salary} are left out, not nulled, for who may not see them. */
record EmployeeResponse(
        UUID id,
        String number,
        UUID agency,
        String firstName,
        String lastName,
        String postName,
        String nationality,
        LocalDate birthDate,
        String birthPlace,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nif,
        String position,
        String department,
        String contractType,
        LocalDate hireDate,
        LocalDate endDate,
        String status,
        UUID manager,
        UUID userId,
        @JsonInclude(JsonInclude.Include.NON_NULL) SalaryResponse salary,
        String emergencyContactName,
        String emergencyContactPhone,
        boolean keyStaff,
        String photoUrl,
        String bio) {

    record SalaryResponse(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
    }

    static EmployeeResponse from(EmployeeView view) {
        Employee employee = view.employee();
        EmployeeDetails details = employee.details();
        boolean shown = view.confidentialShown();
        return new EmployeeResponse(employee.id().value(), employee.number().value(), details.agency(),
                details.firstName(), details.lastName(), details.postName(), details.nationality(),
                details.birthDate(), details.birthPlace(),
                shown && details.nif() != null ? details.nif().value() : null,
                Codes.of(details.position()), Codes.of(details.department()), Codes.of(details.contractType()),
                details.hireDate(), details.endDate(), Codes.of(employee.status()),
                employee.manager() == null ? null : employee.manager().value(), employee.user(),
                shown ? new SalaryResponse(details.salary().amount(), details.salary().currency().name()) : null,
                details.emergencyContact().name(), details.emergencyContact().phone(),
                details.publicProfile().keyStaff(), details.publicProfile().photoUrl(),
                details.publicProfile().bio());
    }
}
