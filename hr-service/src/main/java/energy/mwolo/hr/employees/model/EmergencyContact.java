package energy.mwolo.hr.employees.model;

/** Whom to call when something happens to the employee; either part may be unknown. */
public record EmergencyContact(String name, String phone) {

    public static final EmergencyContact NONE = new EmergencyContact(null, null);
}
