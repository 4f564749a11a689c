package energy.mwolo.contracts.devdata;

import java.util.UUID;

/**
 * The company a developer meets on the devstack, beside {@link DevCustomer}: geo's dev agency, and hr's employee
 * records of the dev accounts that are staff. Each service seeds its own part in the dev profile only; ids are
 * name-based like {@link DevCustomer}'s, as identity derives its dev accounts' links.
 */
public final class DevStaff {

    /** The agency geo opens in the dev profile (its id is geo's own; others find it by this name). */
    public static final String AGENCY_NAME = "Agence de Kinshasa-Gombe";
    public static final String HR_EMAIL = "rh@mwolo.local";
    public static final String EMPLOYEE_EMAIL = "employe@mwolo.local";

    private DevStaff() {
    }

    /** The user id of the dev account of {@code email}. */
    public static UUID userId(String email) {
        return DevCustomer.derived("user/" + email);
    }

    /** The employee record of the dev account of {@code email}, as identity's dev account links it. */
    public static UUID employeeId(String email) {
        return DevCustomer.derived("employee/" + email);
    }
}
