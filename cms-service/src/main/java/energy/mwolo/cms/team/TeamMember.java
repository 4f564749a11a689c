package energy.mwolo.cms.team;

import energy.mwolo.cms.kernel.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An employee as the team page knows it. hr's fields follow hr's events, a late event never overwriting a newer one;
 * the overrides belong to cms staff. Shown to the public while employed, key staff and not hidden.
 */
@Entity
@Table(name = "team_members")
public class TeamMember {

    @Id
    private UUID employeeId;
    private String firstName;
    private String lastName;
    private String position;
    private boolean keyStaff;
    private String photoUrl;
    private String bio;
    private boolean employed;
    private Instant changedAt;
    private String displayName;
    private String roleTitleFr;
    private String roleTitleEn;
    private String bioFr;
    private String bioEn;
    private String photoOverride;
    private int displayOrder;
    private boolean hidden;

    protected TeamMember() {
    }

    static TeamMember heardOf(UUID employeeId) {
        TeamMember member = new TeamMember();
        member.employeeId = employeeId;
        member.firstName = "";
        member.lastName = "";
        member.changedAt = Instant.EPOCH;
        return member;
    }

    /** hr's public profile as of {@code at}; an older event than the last applied changes nothing. */
    void profile(String first, String last, String job, boolean key, String photo, String text, boolean stillEmployed,
            Instant at) {
        if (at.isBefore(changedAt)) {
            return;
        }
        firstName = first;
        lastName = last;
        position = job;
        keyStaff = key;
        photoUrl = photo;
        bio = text;
        employed = stillEmployed;
        changedAt = at;
    }

    void left(Instant at) {
        if (at.isBefore(changedAt)) {
            return;
        }
        employed = false;
        changedAt = at;
    }

    /** Overrides as staff send them; null shows hr's value. */
    void override(String name, String roleFr, String roleEn, String textFr, String textEn, String photo, int order,
            boolean hide) {
        displayName = name;
        roleTitleFr = roleFr;
        roleTitleEn = roleEn;
        bioFr = textFr;
        bioEn = textEn;
        photoOverride = photo;
        displayOrder = order;
        hidden = hide;
    }

    public UUID employeeId() {
        return employeeId;
    }

    public String name() {
        return displayName != null ? displayName : (firstName + " " + lastName).strip();
    }

    public String role(Language language) {
        String role = language == Language.EN && roleTitleEn != null ? roleTitleEn : roleTitleFr;
        return role != null ? role : position;
    }

    public String bio(Language language) {
        String text = language == Language.EN && bioEn != null ? bioEn : bioFr;
        return text != null ? text : bio;
    }

    public String photo() {
        return photoOverride != null ? photoOverride : photoUrl;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public boolean shown() {
        return employed && keyStaff && !hidden;
    }

    public boolean hidden() {
        return hidden;
    }
}
