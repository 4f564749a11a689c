package energy.mwolo.cms.offerings;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Services offered: {@code GET} for everyone (active ones, in order), writes for staff. */
@RestController
@RequestMapping("/api/cms/services")
class OfferingController {

    private final ManagingOfferings managing;

    OfferingController(ManagingOfferings managing) {
        this.managing = managing;
    }

    @PublicContent
    @Operation(summary = "Lister les services présentés sur le site")
    @GetMapping({"", "/"})
    PageResponse<OfferingBody> list(@RequestParam(required = false) String lang, PageQuery page, CurrentUser user) {
        Language language = Language.preferred(lang);
        var found = managing.list(page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent())
                .map(offering -> OfferingBody.of(offering, language));
    }

    @Operation(summary = "Ajouter un service au site")
    @PostMapping({"", "/"})
    @ResponseStatus(HttpStatus.CREATED)
    OfferingBody create(@RequestBody @Valid OfferingRequest request, CurrentUser user) {
        return OfferingBody.of(managing.create(request.title(), request.description(), request.icon(),
                request.order(), request.active(), user), Language.FR);
    }

    @Operation(summary = "Réviser un service du site")
    @PutMapping({"/{id}", "/{id}/"})
    OfferingBody revise(@PathVariable UUID id, @RequestBody @Valid OfferingRequest request, CurrentUser user) {
        return OfferingBody.of(managing.revise(id, request.title(), request.description(), request.icon(),
                request.order(), request.active(), user), Language.FR);
    }

    @Operation(summary = "Retirer un service du site")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        managing.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    /**
     * A service the company offers (connection, prepaid meters, solar kits...), as staff write it for the website;
     * adding and revising take the same body.
     *
     * @param titleFr the title in French, required; plain text (tags are removed), 200 characters at most
     * @param titleEn the title in English, 200 characters at most; null or blank shows the French one
     * @param descriptionFr the description in French, required; rich text (HTML), cleaned of anything that could run in
     *     a browser
     * @param descriptionEn the description in English, cleaned the same way; null shows the French one
     * @param icon the name of the icon the website shows beside it, 1 to 64 lowercase letters, digits or dashes
     *     ({@code solar-panel}); may be null
     * @param position the service's rank in the list, 0 or more, smallest first; null means 0
     * @param isActive whether the public sees the service; null means {@code true}
     */
    record OfferingRequest(String titleFr, String titleEn, String descriptionFr, String descriptionEn,
            @Pattern(regexp = "[a-z0-9-]{1,64}") String icon, @Min(0) Integer position, Boolean isActive) {

        Bilingual title() {
            return Bilingual.plain(titleFr, titleEn, "title", 200);
        }

        Bilingual description() {
            return Bilingual.rich(descriptionFr, descriptionEn, "description");
        }

        boolean active() {
            return isActive == null || isActive;
        }

        int order() {
            return position == null ? 0 : position;
        }
    }

    /**
     * A service the company offers, in one language. Lists are ordered by position, then French title; the public
     * sees active services only.
     *
     * @param id the service's identifier, for revising or removing it
     * @param title the title in the language asked ({@code ?lang=}), or the French one when it has no English; in
     *     French in the answer to an add or a revise
     * @param description the description (cleaned HTML), in the same language as {@code title}
     * @param icon the name of the icon the website shows beside it; null when none was chosen
     * @param position the service's rank in the list, smallest first
     * @param isActive whether the public sees the service; the public only ever gets {@code true}
     */
    record OfferingBody(UUID id, String title, String description, String icon, int position, boolean isActive) {

        static OfferingBody of(Offering offering, Language language) {
            return new OfferingBody(offering.id(), offering.title(language), offering.description(language),
                    offering.icon(), offering.position(), offering.active());
        }
    }
}
