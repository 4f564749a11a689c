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

/**
 * An employee's record. {@code nif} and {@code salary} are left out, not nulled, for who may not see them: only HR
 * and the employee itself see them, not a manager reading its direct reports. Optional texts are null when not
 * given.
 *
 * @param id the employee's id
 * @param number the employee's number, generated on hiring and never changed: {@code EMP-<NNNNN>}, e.g.
 *               {@code EMP-00042}
 * @param agency the agency (geo-service) the employee works at
 * @param firstName the first name
 * @param lastName the last name
 * @param postName the Congolese post-nom; null when not given
 * @param nationality the nationality as free text; null when not given
 * @param birthDate the date of birth, ISO {@code yyyy-MM-dd}; null when not given
 * @param birthPlace the place of birth; null when not given
 * @param nif the tax number (numéro d'impôt), in capitals; absent when not given or not visible to the caller
 * @param position the job: {@code directeur_general}, {@code directeur_agence}, {@code manager},
 *                 {@code chef_departement}, {@code responsable_rh}, {@code comptable}, {@code caissier},
 *                 {@code agent_commercial}, {@code conseiller_client}, {@code technicien}, {@code installateur},
 *                 {@code agent_support}, {@code developpeur} or {@code autre}
 * @param department {@code direction}, {@code rh}, {@code comptabilite}, {@code commercial}, {@code operations},
 *                   {@code support}, {@code it}, {@code logistique} or {@code autre}
 * @param contractType {@code cdi} (open-ended), {@code cdd} (fixed-term), {@code consultant} or {@code stage}
 *                     (internship)
 * @param hireDate the first day of employment, ISO {@code yyyy-MM-dd}
 * @param endDate the last day of employment, ISO {@code yyyy-MM-dd}: a planned end, or the departure's last day;
 *                null when open-ended
 * @param status {@code active}, {@code suspended}, {@code on_leave} (a long absence HR recorded) or {@code left}
 *               (final)
 * @param manager the employee this one reports to; null for none
 * @param userId the identity-service user account linked to the employee; null while none is linked
 * @param salary the monthly base salary; absent for who may not see it
 * @param emergencyContactName whom to call if something happens to the employee; null when not given
 * @param emergencyContactPhone that person's phone number; null when not given
 * @param keyStaff whether the employee is shown on the website's team page (until it leaves)
 * @param photoUrl the address of the employee's photo for the team page; null when not given
 * @param bio a short biography for the team page; null when not given
 */
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

    /**
     * A monthly base salary.
     *
     * @param amount the amount as a decimal string with 2 decimals, e.g. {@code "850.00"}
     * @param currency the currency it is paid in: {@code USD} or {@code CDF}
     */
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
