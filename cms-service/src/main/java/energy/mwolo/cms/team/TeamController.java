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

    record OverrideRequest(@Size(max = 200) String displayName, @Size(max = 200) String roleTitleFr,
            @Size(max = 200) String roleTitleEn, @Size(max = 2000) String bioFr, @Size(max = 2000) String bioEn,
            String photoUrl, Integer displayOrder, Boolean hidden) {
    }

    record MemberBody(UUID employeeId, String name, String role, String bio, String photoUrl, int displayOrder,
            boolean shown) {

        static MemberBody of(TeamMember m, Language language) {
            return new MemberBody(m.employeeId(), m.name(), m.role(language), m.bio(language), m.photo(),
                    m.displayOrder(), m.shown());
        }
    }
}
