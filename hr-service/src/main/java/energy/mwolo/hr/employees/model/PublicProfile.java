package energy.mwolo.hr.employees.model;

/** What the website's team page shows of an employee; published in the employee's events. */
public record PublicProfile(boolean keyStaff, String photoUrl, String bio) {

    public static final PublicProfile NONE = new PublicProfile(false, null, null);
}
