package energy.mwolo.cms.team;

import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.contracts.hr.EmployeeHired;
import energy.mwolo.contracts.hr.EmployeeLeft;
import energy.mwolo.contracts.hr.EmployeeUpdated;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * hr's employee events kept as team members. Runs in the transaction of {@link StaffEventsConsumer}, whose inbox
 * applies each event once; a late event (older than the last applied) changes nothing, so a redelivered hiring
 * cannot bring back someone who left.
 */
@Service
class HearingOfStaff {

    private static final String LEFT = "left";

    private final TeamMembers members;
    private final ContentRevision revision;

    HearingOfStaff(TeamMembers members, ContentRevision revision) {
        this.members = members;
        this.revision = revision;
    }

    void hired(EmployeeHired e) {
        profile(e.employeeId(), e.firstName(), e.lastName(), e.position(), e.keyStaff(), e.photoUrl(), e.bio(),
                e.status(), e.occurredAt());
    }

    void updated(EmployeeUpdated e) {
        profile(e.employeeId(), e.firstName(), e.lastName(), e.position(), e.keyStaff(), e.photoUrl(), e.bio(),
                e.status(), e.occurredAt());
    }

    void left(EmployeeLeft e) {
        TeamMember member = members.findById(e.employeeId()).orElseGet(() -> TeamMember.heardOf(e.employeeId()));
        member.left(e.occurredAt());
        members.save(member);
        revision.changed();
    }

    private void profile(UUID id, String first, String last, String position, boolean key, String photo, String bio,
            String status, Instant at) {
        TeamMember member = members.findById(id).orElseGet(() -> TeamMember.heardOf(id));
        member.profile(first, last, position, key, photo, bio, !LEFT.equals(status), at);
        members.save(member);
        revision.changed();
    }
}
