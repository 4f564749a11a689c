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

    record TextRequest(String slug, String title, String excerpt, String content, String seoTitle,
            String seoDescription) {

        PostText text(String field) {
            return PostText.of(field, slug, title, excerpt, content, seoTitle, seoDescription);
        }
    }

    /** French required, English optional; {@code publish} now, or {@code scheduled_for} a later instant. */
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

    record ScheduleRequest(@NotNull Instant scheduledFor) {
    }

    record TextBody(String slug, String title, String excerpt, String content, String seoTitle,
            String seoDescription) {

        static TextBody of(PostText text) {
            return new TextBody(text.slug(), text.title(), text.excerpt(), text.content(), text.seoTitle(),
                    text.seoDescription());
        }
    }

    /** A post in the language served, its slug per language; staff also get status, schedule and every text. */
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
