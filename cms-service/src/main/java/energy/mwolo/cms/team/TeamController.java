package energy.mwolo.cms.team;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The team page: {@code GET /api/cms/team/} for everyone; {@code PUT /api/cms/team/{employee}/} overrides. */
@RestController
@RequestMapping("/api/cms/team")
class TeamController {

    private final PresentingTeam presenting;

    TeamController(PresentingTeam presenting) {
        this.presenting = presenting;
    }

    @PublicContent
    @Operation(summary = "Lister l'équipe présentée sur le site")
    @GetMapping({"", "/"})
    PageResponse<MemberBody> list(@RequestParam(required = false) String lang, PageQuery page, CurrentUser user) {
        Language language = Language.preferred(lang);
        var found = presenting.list(page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent())
                .map(member -> MemberBody.of(member, language));
    }

    @Operation(summary = "Adapter la présentation d'un membre de l'équipe")
    @PutMapping({"/{employee}", "/{employee}/"})
    MemberBody override(@PathVariable UUID employee, @RequestBody @Valid OverrideRequest request, CurrentUser user) {
        return MemberBody.of(presenting.override(employee, request.displayName(), request.roleTitleFr(),
                request.roleTitleEn(), request.bioFr(), request.bioEn(), request.photoUrl(),
                request.displayOrder() == null ? 0 : request.displayOrder(), Boolean.TRUE.equals(request.hidden()),
                user), Language.FR);
    }

    /**
     * How the website presents one employee, set by cms staff over what hr publishes. It replaces the previous
     * overrides whole; a field null or blank shows hr's value again.
     *
     * @param displayName the name to show instead of hr's first and last names, 200 characters at most (tags are
     *     removed)
     * @param roleTitleFr the role to show in French instead of hr's position code, 200 characters at most
     * @param roleTitleEn the role to show in English, 200 characters at most; null shows the French one
     * @param bioFr the biography to show in French instead of hr's, plain text, 2,000 characters at most
     * @param bioEn the biography to show in English, 2,000 characters at most; null shows the French one
     * @param photoUrl the address of the photo to show instead of hr's, absolute http or https, 500 characters at most
     * @param displayOrder the employee's rank on the team page, smallest first; null means 0
     * @param hidden {@code true} keeps the employee off the public team page; null means {@code false}
     */
    record OverrideRequest(@Size(max = 200) String displayName, @Size(max = 200) String roleTitleFr,
            @Size(max = 200) String roleTitleEn, @Size(max = 2000) String bioFr, @Size(max = 2000) String bioEn,
            String photoUrl, Integer displayOrder, Boolean hidden) {
    }

    /**
     * An employee as the website's team page presents them, in one language: hr's public profile with cms staff's
     * overrides on top. The public sees employed key staff not hidden only; staff see everyone. Lists are ordered by
     * display order, then last and first name.
     *
     * @param employeeId the hr employee this member is, also the key for setting overrides
     * @param name the name shown: the override, else hr's first and last names
     * @param role the role shown in the language asked ({@code ?lang=}; French in the answer to an override): the
     *     override, else the French override, else hr's position code ({@code directeur_general}); null when unknown
     * @param bio the biography shown, in the same language as {@code role}: the override, else hr's; null when none
     * @param photoUrl the address of the photo shown: the override, else hr's; null when none
     * @param displayOrder the member's rank on the team page, smallest first
     * @param shown whether the public sees the member (still employed, key staff, not hidden); the public only ever
     *     gets {@code true}
     */
    record MemberBody(UUID employeeId, String name, String role, String bio, String photoUrl, int displayOrder,
            boolean shown) {

        static MemberBody of(TeamMember m, Language language) {
            return new MemberBody(m.employeeId(), m.name(), m.role(language), m.bio(language), m.photo(),
                    m.displayOrder(), m.shown());
        }
    }
}
