package energy.mwolo.cms.partners;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Partners: {@code GET} for everyone (active ones, in order), writes for staff. */
@RestController
@RequestMapping("/api/cms/partners")
class PartnerController {

    private final ManagingPartners managing;

    PartnerController(ManagingPartners managing) {
        this.managing = managing;
    }

    @PublicContent
    @Operation(summary = "Lister les partenaires")
    @GetMapping({"", "/"})
    PageResponse<PartnerBody> list(PageQuery page, CurrentUser user) {
        var found = managing.list(page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent()).map(PartnerBody::of);
    }

    @Operation(summary = "Ajouter un partenaire")
    @PostMapping({"", "/"})
    @ResponseStatus(HttpStatus.CREATED)
    PartnerBody create(@RequestBody @Valid PartnerRequest request, CurrentUser user) {
        return PartnerBody.of(managing.create(request.name(), request.websiteUrl(), request.logoUrl(),
                request.order(), request.isActive() == null || request.isActive(), user));
    }

    @Operation(summary = "Réviser un partenaire")
    @PutMapping({"/{id}", "/{id}/"})
    PartnerBody revise(@PathVariable UUID id, @RequestBody @Valid PartnerRequest request, CurrentUser user) {
        return PartnerBody.of(managing.revise(id, request.name(), request.websiteUrl(), request.logoUrl(),
                request.order(), request.isActive() == null || request.isActive(), user));
    }

    @Operation(summary = "Supprimer un partenaire")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        managing.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    /**
     * A partner company as staff write it for the website; adding and revising take the same body.
     *
     * @param name the partner's name as the website shows it, required, 120 characters at most (tags are removed)
     * @param websiteUrl the partner's site, an absolute http or https address of 500 characters at most; null or blank
     *     for none
     * @param logoUrl the address of the partner's logo image, absolute http or https, 500 characters at most; null or
     *     blank for none
     * @param position the partner's rank in the list, 0 or more, smallest first; null means 0
     * @param isActive whether the public sees the partner; null means {@code true}
     */
    record PartnerRequest(@NotBlank @Size(max = 120) String name, String websiteUrl, String logoUrl,
            @Min(0) Integer position, Boolean isActive) {

        int order() {
            return position == null ? 0 : position;
        }
    }

    /**
     * A partner company shown on the website. Lists are ordered by position, then name; the public sees active
     * partners only.
     *
     * @param id the partner's identifier, for revising or deleting it
     * @param name the partner's name as the website shows it
     * @param websiteUrl the partner's site (absolute http or https address); null when none
     * @param logoUrl the address of the partner's logo image (absolute http or https); null when none
     * @param position the partner's rank in the list, smallest first
     * @param isActive whether the public sees the partner; the public only ever gets {@code true}
     */
    record PartnerBody(UUID id, String name, String websiteUrl, String logoUrl, int position, boolean isActive) {

        static PartnerBody of(Partner p) {
            return new PartnerBody(p.id(), p.name(), p.websiteUrl(), p.logoUrl(), p.position(), p.active());
        }
    }
}
