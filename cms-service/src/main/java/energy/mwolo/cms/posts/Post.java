package energy.mwolo.cms.posts;

import energy.mwolo.cms.kernel.Links;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.cms.kernel.Translations;
import energy.mwolo.cms.posts.model.PostStatus;
import energy.mwolo.cms.posts.model.Publication;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A blog post: a draft, then published at once or scheduled for a time, when the publication job makes it public.
 * {@code publishedAt} is set when it goes public (the scheduled time for a scheduled post) and {@link Published} is
 * recorded once per going public.
 */
@Entity
@Table(name = "posts")
public class Post {

    /** The post went public. */
    public record Published(UUID postId, PostText french, PostText english, Instant at) {
    }

    @Id
    private UUID id;
    private PostStatus status;
    private Instant scheduledFor;
    private Instant publishedAt;
    private String coverImage;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "post_texts", joinColumns = @JoinColumn(name = "post_id"))
    @MapKeyColumn(name = "language")
    private Map<String, PostText> texts = new HashMap<>();
    @Transient
    private List<Published> events = new ArrayList<>();

    protected Post() {
    }

    public static Post draft(Map<String, PostText> texts, String coverImage, Instant now) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.status = PostStatus.DRAFT;
        post.texts.putAll(Translations.checked(texts));
        post.coverImage = checkedCover(coverImage);
        post.createdAt = now;
        post.updatedAt = now;
        return post;
    }

    public void revise(Map<String, PostText> revised, String cover, Instant now) {
        texts.clear();
        texts.putAll(Translations.checked(revised));
        coverImage = checkedCover(cover);
        updatedAt = now;
    }

    /** Public now; a published post stays as it is. */
    public void publish(Instant now) {
        move(publication().publish(now), now);
    }

    /** Public at {@code at}; a time already past publishes now. A published post cannot be scheduled. */
    public void schedule(Instant at, Instant now) {
        move(publication().schedule(at, now), now);
    }

    /** The job's step: a scheduled post whose time has come goes public, dated at its scheduled time. */
    public boolean publishIfDue(Instant now) {
        return move(publication().dueAt(now), now);
    }

    /** Back to draft, unscheduled: the public no longer finds it. */
    public void withdraw(Instant now) {
        move(publication().withdraw(), now);
    }

    public Publication publication() {
        return new Publication(status, scheduledFor, publishedAt);
    }

    /** Applies a move; answers whether it made the post public (then recorded). */
    private boolean move(Publication next, Instant now) {
        Publication before = publication();
        if (next.equals(before)) {
            return false;
        }
        status = next.status();
        scheduledFor = next.scheduledFor();
        publishedAt = next.publishedAt();
        updatedAt = now;
        if (!next.wentPublicFrom(before)) {
            return false;
        }
        events.add(new Published(id, texts.get(Language.FR.code()), texts.get(Language.EN.code()), publishedAt));
        return true;
    }

    private static String checkedCover(String cover) {
        return Links.checked(cover, "cover_image");
    }

    public List<Published> pullEvents() {
        List<Published> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public PostText text(Language language) {
        return Translations.in(texts, language);
    }

    public Language served(Language language) {
        return Translations.served(texts, language);
    }

    public Map<String, PostText> texts() {
        return Map.copyOf(texts);
    }

    public UUID id() {
        return id;
    }

    public String coverImage() {
        return coverImage;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
