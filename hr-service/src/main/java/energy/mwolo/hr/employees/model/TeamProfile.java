package energy.mwolo.hr.employees.model;

import java.util.UUID;

/**
 * What the website's team page shows of an employee: listed while key staff and not gone. A change to any of it,
 * for an employee listed before or after, is published for the website; changes to anyone else's record are not its
 * business.
 */
public record TeamProfile(boolean listed, UUID agency, String firstName, String lastName, Position position,
                          Department department, String photoUrl, String bio) {

    static TeamProfile of(EmployeeDetails details, EmployeeStatus status) {
        PublicProfile profile = details.publicProfile();
        return new TeamProfile(profile.keyStaff() && status != EmployeeStatus.LEFT, details.agency(),
                details.firstName(), details.lastName(), details.position(), details.department(),
                profile.photoUrl(), profile.bio());
    }

    /** Whether going from {@code before} to this concerns the team page. */
    boolean publishableAfter(TeamProfile before) {
        return (listed || before.listed) && !equals(before);
    }
}
