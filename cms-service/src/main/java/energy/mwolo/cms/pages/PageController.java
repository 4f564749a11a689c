package energy.mwolo.cms.pages;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages: the public reads published ones by slug ({@code ?lang=en} or {@code Accept-Language}, French fallback);
 * staff with the cms permissions write them and read drafts, by id or slug.
 */
@RestController
@RequestMapping("/api/cms/pages")
class PageController {

    private final ReadingPages reading;
    private final EditingPages editing;

    PageController(ReadingPages reading, EditingPages editing) {
        this.reading = reading;
        this.editing = editing;
    }

    @PublicContent
    @Operation(summary = "Lister les pages")
    @GetMapping({"", "/"})
    PageResponse<PageResponseBody> list(@RequestParam(required = false) String lang, PageQuery page,
            CurrentUser user) {
        Language language = Language.preferred(lang);
        var found = reading.list(page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent())
                .map(item -> PageResponseBody.of(item, language, false));
    }

    @PublicContent
    @Operation(summary = "Consulter une page")
    @GetMapping({"/{key}", "/{key}/"})
    PageResponseBody get(@PathVariable String key, @RequestParam(required = false) String lang, CurrentUser user) {
        Language language = Language.preferred(lang);
        Page page = reading.find(key, language, user);
        return PageResponseBody.of(page, language, user.authenticated());
    }

    @Operation(summary = "Créer une page")
    @PostMapping({"", "/"})
    ResponseEntity<PageResponseBody> create(@RequestBody @Valid PageRequest request, CurrentUser user) {
        Page page = editing.create(request.texts(), request.publish(), user);
        return ResponseEntity.created(URI.create("/api/cms/pages/" + page.id() + "/"))
                .body(PageResponseBody.of(page, Language.FR, true));
    }

    @Operation(summary = "Réviser une page")
    @PutMapping({"/{id}", "/{id}/"})
    PageResponseBody revise(@PathVariable UUID id, @RequestBody @Valid PageRequest request, CurrentUser user) {
        return PageResponseBody.of(editing.revise(id, request.texts(), user), Language.FR, true);
    }

    @Operation(summary = "Publier une page")
    @PostMapping({"/{id}/publish", "/{id}/publish/"})
    PageResponseBody publish(@PathVariable UUID id, CurrentUser user) {
        return PageResponseBody.of(editing.publish(id, user), Language.FR, true);
    }

    @Operation(summary = "Retirer une page publiée")
    @PostMapping({"/{id}/withdraw", "/{id}/withdraw/"})
    PageResponseBody withdraw(@PathVariable UUID id, CurrentUser user) {
        return PageResponseBody.of(editing.withdraw(id, user), Language.FR, true);
    }

    @Operation(summary = "Supprimer une page")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        editing.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    /**
     * One language's text of a page as staff send it.
     *
     * @param slug the last segment of the page's address in this language, required: 1 to 120 lowercase letters,
     *     digits and single dashes ({@code tarifs-2027}), not shaped like a UUID; a slug another page uses in the same
     *     language is a 409
     * @param title the page's title, required; plain text (tags are removed), 200 characters at most
     * @param content the page's body, rich text (HTML) cleaned of anything that could run in a browser; null means
     *     empty
     * @param seoTitle the title search engines and browser tabs show, plain text, 200 characters at most; optional
     * @param seoDescription the summary search engines show, plain text, 500 characters at most; optional
     */
    record TextRequest(String slug, String title, String content, String seoTitle, String seoDescription) {
    }

    /**
     * A page's texts as staff send them: French is required, English optional. A revision replaces every text.
     *
     * @param fr the French text, required: the page always shows in French
     * @param en the English text; null leaves the page without one (the English site then shows the French text)
     * @param publish on creation, {@code true} makes the page public in the same change (this needs
     *     {@code cms:update} too); absent means {@code false}, a draft; a revision ignores it
     */
    record PageRequest(@NotNull @Valid TextRequest fr, @Valid TextRequest en, boolean publish) {

        Map<String, PageText> texts() {
            Map<String, PageText> texts = new HashMap<>();
            texts.put("fr", PageText.of("fr", fr.slug(), fr.title(), fr.content(), fr.seoTitle(), fr.seoDescription()));
            if (en != null) {
                texts.put("en", PageText.of("en", en.slug(), en.title(), en.content(), en.seoTitle(),
                        en.seoDescription()));
            }
            return texts;
        }
    }

    /**
     * One language's text of a page, as staff edit it.
     *
     * @param slug the last segment of the page's address in this language, unique among pages in that language
     * @param title the page's title (plain text)
     * @param content the page's body (cleaned HTML); empty when it has none
     * @param seoTitle the title search engines and browser tabs show (plain text); null when not given
     * @param seoDescription the summary search engines show (plain text); null when not given
     */
    record TextBody(String slug, String title, String content, String seoTitle, String seoDescription) {

        static TextBody of(PageText text) {
            return text == null ? null : new TextBody(text.slug(), text.title(), text.content(), text.seoTitle(),
                    text.seoDescription());
        }
    }

    /**
     * A page in the language served ({@code language}: the asked one, or French when the page has no text in it),
     * with its slug in each language for the website's language switch; staff also get every text to edit. Lists are
     * ordered by last change, most recent first; the public sees published pages only.
     *
     * @param id the page's identifier; staff may read, revise, publish, withdraw or delete the page with it
     * @param language the language of {@code title}, {@code content} and the SEO fields: {@code fr} or {@code en};
     *     always {@code fr} in the answer to a write
     * @param slug the last segment of the page's address in {@code language}
     * @param title the page's title (plain text) in {@code language}
     * @param content the page's body (cleaned HTML) in {@code language}; empty when it has none
     * @param seoTitle the title search engines and browser tabs show, in {@code language}; null when not given
     * @param seoDescription the summary search engines show, in {@code language}; null when not given
     * @param slugs the page's slug per language code ({@code fr}, and {@code en} when it has an English text)
     * @param published whether the public sees the page; the public only ever gets {@code true}
     * @param publishedAt when the page last went public (ISO-8601, UTC); null if it never was, kept after a withdrawal
     * @param updatedAt when the page was last created, revised, published or withdrawn (ISO-8601, UTC)
     * @param texts every text of the page by language code, for editing; filled when a signed-in caller reads one
     *     page and in the answer to a write, null in lists and for anonymous callers
     */
    record PageResponseBody(UUID id, String language, String slug, String title, String content, String seoTitle,
            String seoDescription, Map<String, String> slugs, boolean published, Instant publishedAt,
            Instant updatedAt, Map<String, TextBody> texts) {

        static PageResponseBody of(Page page, Language asked, boolean staffView) {
            PageText text = page.text(asked);
            Map<String, String> slugs = new HashMap<>();
            page.texts().forEach((language, each) -> slugs.put(language, each.slug()));
            Map<String, TextBody> texts = null;
            if (staffView) {
                texts = new HashMap<>();
                for (var each : page.texts().entrySet()) {
                    texts.put(each.getKey(), TextBody.of(each.getValue()));
                }
            }
            return new PageResponseBody(page.id(), page.served(asked).code(), text.slug(), text.title(),
                    text.content(), text.seoTitle(), text.seoDescription(), slugs, page.published(),
                    page.publishedAt(), page.updatedAt(), texts);
        }
    }
}
