package energy.mwolo.cms.faqs;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

/** The FAQ: {@code GET} for everyone ({@code ?category=}, by category then order), writes for staff. */
@RestController
@RequestMapping("/api/cms/faqs")
class FaqController {

    private final ManagingFaqs managing;

    FaqController(ManagingFaqs managing) {
        this.managing = managing;
    }

    @PublicContent
    @Operation(summary = "Lister les questions fréquentes")
    @GetMapping({"", "/"})
    PageResponse<FaqBody> list(@RequestParam(required = false) String category,
            @RequestParam(required = false) String lang, PageQuery page, CurrentUser user) {
        Language language = Language.preferred(lang);
        var found = managing.list(category, page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent())
                .map(faq -> FaqBody.of(faq, language));
    }

    @Operation(summary = "Ajouter une question fréquente")
    @PostMapping({"", "/"})
    @ResponseStatus(HttpStatus.CREATED)
    FaqBody create(@RequestBody @Valid FaqRequest request, CurrentUser user) {
        return FaqBody.of(managing.create(request.category(), request.question(), request.answer(),
                request.order(), request.published(), user), Language.FR);
    }

    @Operation(summary = "Réviser une question fréquente")
    @PutMapping({"/{id}", "/{id}/"})
    FaqBody revise(@PathVariable UUID id, @RequestBody @Valid FaqRequest request, CurrentUser user) {
        return FaqBody.of(managing.revise(id, request.category(), request.question(), request.answer(),
                request.order(), request.published(), user), Language.FR);
    }

    @Operation(summary = "Supprimer une question fréquente")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        managing.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    /**
     * A question of the FAQ and its answer, as staff write it; creating and revising take the same body.
     *
     * @param category the category code the question is grouped under ({@code billing}, {@code connection}), 1 to 64
     *     lowercase letters, digits, {@code _} or {@code -}; the website labels it
     * @param questionFr the question in French, required; plain text (tags are removed), 500 characters at most
     * @param questionEn the question in English, 500 characters at most; null or blank shows the French one
     * @param answerFr the answer in French, required; rich text (HTML), cleaned of anything that could run in a browser
     * @param answerEn the answer in English, cleaned the same way; null shows the French one
     * @param position the question's rank within its category, 0 or more, smallest first; null means 0
     * @param isPublished whether the public sees the question; null means {@code true}
     */
    record FaqRequest(@NotNull @Pattern(regexp = "[a-z0-9_-]{1,64}") String category, String questionFr,
            String questionEn, String answerFr, String answerEn, @Min(0) Integer position, Boolean isPublished) {

        Bilingual question() {
            return Bilingual.plain(questionFr, questionEn, "question", 500);
        }

        Bilingual answer() {
            return Bilingual.rich(answerFr, answerEn, "answer");
        }

        boolean published() {
            return isPublished == null || isPublished;
        }

        int order() {
            return position == null ? 0 : position;
        }
    }

    /**
     * A question of the FAQ with its answer, in one language. Lists are ordered by category, then position.
     *
     * @param id the question's identifier, for revising or deleting it
     * @param category the category code the question is grouped under ({@code billing}, {@code connection})
     * @param question the question in the language asked ({@code ?lang=}), or in French when it has no English text;
     *     in French in the answer to a create or a revise
     * @param answer the answer (cleaned HTML), in the same language as {@code question}
     * @param position the question's rank within its category, smallest first
     * @param isPublished whether the public sees the question; the public only ever gets {@code true}
     */
    record FaqBody(UUID id, String category, String question, String answer, int position, boolean isPublished) {

        static FaqBody of(Faq faq, Language language) {
            return new FaqBody(faq.id(), faq.category(), faq.question(language), faq.answer(language), faq.position(),
                    faq.published());
        }
    }
}
