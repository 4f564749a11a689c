package energy.mwolo.cms.team;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.cms.kernel.Links;
import energy.mwolo.cms.kernel.RichText;
import energy.mwolo.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public reads the team (key staff, employed, not hidden); staff see everyone and set the overrides. */
@Service
public class PresentingTeam {

    private final TeamMembers members;
    private final ContentRevision revision;

    PresentingTeam(TeamMembers members, ContentRevision revision) {
        this.members = members;
        this.revision = revision;
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<TeamMember> list(int page, int size, CurrentUser user) {
        return members.listed(CmsAccess.seesDrafts(user), PageRequest.of(page - 1, size));
    }

    @Transactional
    public TeamMember override(UUID employee, String name, String roleFr, String roleEn, String bioFr, String bioEn,
            String photo, int order, boolean hidden, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        TeamMember member = members.findById(employee).orElseThrow(() -> new ItemNotFound("team_member", employee));
        member.override(blankToNull(RichText.plain(name)), blankToNull(RichText.plain(roleFr)),
                blankToNull(RichText.plain(roleEn)), blankToNull(RichText.plain(bioFr)),
                blankToNull(RichText.plain(bioEn)), Links.checked(photo, "photo_url"), order, hidden);
        revision.changed();
        return member;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
