package energy.mwolo.cms.posts;

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
 * The blog: the public reads published posts, newest first, by slug ({@code ?lang=en} or {@code Accept-Language},
 * French fallback); staff with the cms permissions write, schedule and read drafts.
 */
@RestController
@RequestMapping("/api/cms/posts")
class PostController {

    private final ReadingPosts reading;
    private final EditingPosts editing;

    PostController(ReadingPosts reading, EditingPosts editing) {
        this.reading = reading;
        this.editing = editing;
    }

    @PublicContent
    @Operation(summary = "Lister les actualités")
    @GetMapping({"", "/"})
    PageResponse<PostBody> list(@RequestParam(required = false) String lang, PageQuery page, CurrentUser user) {
        Language language = Language.preferred(lang);
        var found = reading.list(page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent())
                .map(post -> PostBody.of(post, language, false));
    }

    @PublicContent
    @Operation(summary = "Consulter une actualité")
    @GetMapping({"/{key}", "/{key}/"})
    PostBody get(@PathVariable String key, @RequestParam(required = false) String lang, CurrentUser user) {
        Language language = Language.preferred(lang);
        return PostBody.of(reading.find(key, language, user), language, user.authenticated());
    }

    @Operation(summary = "Rédiger une actualité")
    @PostMapping({"", "/"})
    ResponseEntity<PostBody> create(@RequestBody @Valid PostRequest request, CurrentUser user) {
        Post post = editing.create(request.texts(), request.coverImage(), request.publish(), request.scheduledFor(),
                user);
        return ResponseEntity.created(URI.create("/api/cms/posts/" + post.id() + "/"))
                .body(PostBody.of(post, Language.FR, true));
    }

    @Operation(summary = "Réviser une actualité")
    @PutMapping({"/{id}", "/{id}/"})
    PostBody revise(@PathVariable UUID id, @RequestBody @Valid PostRequest request, CurrentUser user) {
        return PostBody.of(editing.revise(id, request.texts(), request.coverImage(), user), Language.FR, true);
    }

    @Operation(summary = "Publier une actualité")
    @PostMapping({"/{id}/publish", "/{id}/publish/"})
    PostBody publish(@PathVariable UUID id, CurrentUser user) {
        return PostBody.of(editing.publish(id, user), Language.FR, true);
    }

    @Operation(summary = "Programmer la publication d'une actualité")
    @PostMapping({"/{id}/schedule", "/{id}/schedule/"})
    PostBody schedule(@PathVariable UUID id, @RequestBody @Valid ScheduleRequest request, CurrentUser user) {
        return PostBody.of(editing.schedule(id, request.scheduledFor(), user), Language.FR, true);
    }

    @Operation(summary = "Retirer une actualité publiée")
    @PostMapping({"/{id}/withdraw", "/{id}/withdraw/"})
    PostBody withdraw(@PathVariable UUID id, CurrentUser user) {
        return PostBody.of(editing.withdraw(id, user), Language.FR, true);
    }

    @Operation(summary = "Supprimer une actualité")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        editing.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    /**
     * One language's text of a blog post as staff send it.
     *
     * @param slug the last segment of the post's address in this language, required: 1 to 120 lowercase letters,
     *     digits and single dashes ({@code nouveaux-tarifs-2027}), not shaped like a UUID; a slug another post uses in
     *     the same language is a 409
     * @param title the post's title, required; plain text (tags are removed), 200 characters at most
     * @param excerpt the short summary shown in lists, plain text, 1,000 characters at most; optional
     * @param content the post's body, rich text (HTML) cleaned of anything that could run in a browser; null means
     *     empty
     * @param seoTitle the title search engines and browser tabs show, plain text, 200 characters at most; optional
     * @param seoDescription the summary search engines show, plain text, 500 characters at most; optional
     */
    record TextRequest(String slug, String title, String excerpt, String content, String seoTitle,
            String seoDescription) {

        PostText text(String field) {
            return PostText.of(field, slug, title, excerpt, content, seoTitle, seoDescription);
        }
    }

    /**
     * A blog post as staff send it: French required, English optional. A revision replaces every text and the cover;
     * on creation, {@code publish} makes the post public now, or {@code scheduled_for} at a later instant.
     *
     * @param fr the French text, required: the post always shows in French
     * @param en the English text; null leaves the post without one (the English site then shows the French text)
     * @param coverImage the address of the cover image, absolute http or https, 500 characters at most; null or blank
     *     for none
     * @param publish on creation, {@code true} makes the post public at once (this needs {@code cms:update} too);
     *     absent means {@code false}; a revision ignores it
     * @param scheduledFor on creation without {@code publish}, when the post goes public (ISO-8601 instant, e.g.
     *     {@code 2027-01-15T08:00:00Z}; a time not in the future publishes at once); null leaves a draft; a revision
     *     ignores it
     */
    record PostRequest(@NotNull @Valid TextRequest fr, @Valid TextRequest en, String coverImage, boolean publish,
            Instant scheduledFor) {

        Map<String, PostText> texts() {
            Map<String, PostText> texts = new HashMap<>();
            texts.put("fr", fr.text("fr"));
            if (en != null) {
                texts.put("en", en.text("en"));
            }
            return texts;
        }
    }

    /**
     * When a draft or scheduled post should go public; a published post cannot be scheduled (409: withdraw it first).
     *
     * @param scheduledFor when the post goes public, required (ISO-8601 instant, e.g. {@code 2027-01-15T08:00:00Z});
     *     it shows within 30 seconds (by default) of that time; a time not in the future publishes the post at once
     */
    record ScheduleRequest(@NotNull Instant scheduledFor) {
    }

    /**
     * One language's text of a blog post, as staff edit it.
     *
     * @param slug the last segment of the post's address in this language, unique among posts in that language
     * @param title the post's title (plain text)
     * @param excerpt the short summary shown in lists (plain text); null when not given
     * @param content the post's body (cleaned HTML); empty when it has none
     * @param seoTitle the title search engines and browser tabs show (plain text); null when not given
     * @param seoDescription the summary search engines show (plain text); null when not given
     */
    record TextBody(String slug, String title, String excerpt, String content, String seoTitle,
            String seoDescription) {

        static TextBody of(PostText text) {
            return new TextBody(text.slug(), text.title(), text.excerpt(), text.content(), text.seoTitle(),
                    text.seoDescription());
        }
    }

    /**
     * A blog post in the language served, with its slug per language; a signed-in caller reading one post also gets
     * every text to edit. The public sees published posts only, newest first; staff see drafts and scheduled posts
     * first (last changed first), then published ones newest first.
     *
     * @param id the post's identifier; staff may read, revise, schedule, publish, withdraw or delete the post with it
     * @param language the language of the texts served: {@code fr} or {@code en} (the asked one, or French when the
     *     post has no text in it); always {@code fr} in the answer to a write
     * @param slug the last segment of the post's address in {@code language}
     * @param title the post's title (plain text) in {@code language}
     * @param excerpt the short summary shown in lists, in {@code language}; null when not given
     * @param content the post's body (cleaned HTML) in {@code language}; empty when it has none
     * @param seoTitle the title search engines and browser tabs show, in {@code language}; null when not given
     * @param seoDescription the summary search engines show, in {@code language}; null when not given
     * @param coverImage the address of the cover image (absolute http or https); null when none
     * @param slugs the post's slug per language code ({@code fr}, and {@code en} when it has an English text)
     * @param status {@code draft}, {@code scheduled} (goes public at {@code scheduled_for}) or {@code published}; the
     *     public only ever gets {@code published}
     * @param scheduledFor when the post will go public (ISO-8601, UTC); set only while {@code status} is
     *     {@code scheduled}, else null
     * @param publishedAt when the post went public (ISO-8601, UTC; the scheduled time for a scheduled post); set only
     *     while {@code status} is {@code published}, else null
     * @param updatedAt when the post was last changed, published or withdrawn (ISO-8601, UTC)
     * @param texts every text of the post by language code, for editing; filled when a signed-in caller reads one
     *     post and in the answer to a write, null in lists and for anonymous callers
     */
    record PostBody(UUID id, String language, String slug, String title, String excerpt, String content,
            String seoTitle, String seoDescription, String coverImage, Map<String, String> slugs, String status,
            Instant scheduledFor, Instant publishedAt, Instant updatedAt, Map<String, TextBody> texts) {

        static PostBody of(Post post, Language asked, boolean staffView) {
            PostText text = post.text(asked);
            Map<String, String> slugs = new HashMap<>();
            Map<String, TextBody> texts = staffView ? new HashMap<>() : null;
            post.texts().forEach((language, each) -> {
                slugs.put(language, each.slug());
                if (texts != null) {
                    texts.put(language, TextBody.of(each));
                }
            });
            var publication = post.publication();
            return new PostBody(post.id(), post.served(asked).code(), text.slug(), text.title(), text.excerpt(),
                    text.content(), text.seoTitle(), text.seoDescription(), post.coverImage(), slugs,
                    publication.status().code(), publication.scheduledFor(), publication.publishedAt(),
                    post.updatedAt(), texts);
        }
    }
}
