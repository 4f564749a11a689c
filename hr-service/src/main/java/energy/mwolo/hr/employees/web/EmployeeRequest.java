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

/**
 * An employee's whole record as HR writes it, on hiring (POST) and on every change (PUT). The number and the status
 * are not part of it: the number is generated on hiring, the status has its own operations.
 *
 * @param agency the agency (geo-service) the employee works at; required
 * @param firstName the first name, up to 80 characters; required
 * @param lastName the last name, up to 80 characters; required
 * @param postName the Congolese post-nom, up to 80 characters; optional
 * @param nationality the nationality as free text, up to 80 characters; optional
 * @param birthDate the date of birth, ISO {@code yyyy-MM-dd}, before the hire date; optional
 * @param birthPlace the place of birth, up to 120 characters; optional
 * @param nif the tax number (numéro d'impôt): 4 to 20 letters, digits or dashes, not starting with a dash, stored in
 *            capitals and unique among employees; left out or null when unknown (an empty string is refused).
 *            Confidential: only HR and the employee see it
 * @param position the job: {@code directeur_general}, {@code directeur_agence}, {@code manager},
 *                 {@code chef_departement}, {@code responsable_rh}, {@code comptable}, {@code caissier},
 *                 {@code agent_commercial}, {@code conseiller_client}, {@code technicien}, {@code installateur},
 *                 {@code agent_support}, {@code developpeur} or {@code autre}; required
 * @param department {@code direction}, {@code rh}, {@code comptabilite}, {@code commercial}, {@code operations},
 *                   {@code support}, {@code it}, {@code logistique} or {@code autre}; required
 * @param contractType {@code cdi} (open-ended), {@code cdd} (fixed-term), {@code consultant} or {@code stage}
 *                     (internship); required
 * @param hireDate the first day of employment, ISO {@code yyyy-MM-dd}; required
 * @param endDate the last day of employment when known (a fixed-term contract's end), ISO {@code yyyy-MM-dd}, not
 *                before the hire date; null when open-ended. Recording a departure sets it too
 * @param manager the employee this one reports to, an existing employee; null for none. Not the employee itself
 *                nor anyone reporting to it, directly or not
 * @param salary the monthly base salary; required. Confidential: only HR and the employee see it
 * @param emergencyContactName whom to call if something happens to the employee, up to 120 characters; optional
 * @param emergencyContactPhone that person's phone number, up to 30 characters; optional
 * @param keyStaff true to show the employee on the website's team page (until it leaves); false when left out
 * @param photoUrl the address of the employee's photo for the team page, up to 500 characters; optional
 * @param bio a short biography for the team page, up to 2000 characters; optional
 */
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

    /**
     * A monthly base salary.
     *
     * @param amount the amount, positive, at most 2 decimals (a third is refused, not rounded), as a decimal string
     *               such as {@code "850.00"}; required
     * @param currency the currency it is paid in: {@code USD} or {@code CDF}; required
     */
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
