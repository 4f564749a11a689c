package energy.mwolo.cms.posts.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a post stands in its publication, and the moves allowed. {@code publishedAt} is set exactly while it is
 * published (the scheduled time for a post that went public on schedule); {@code scheduledFor} exactly while it is
 * scheduled. Each move answers the new state; {@link #wentPublicFrom} tells whether a move made the post public.
 */
public record Publication(PostStatus status, Instant scheduledFor, Instant publishedAt) {

    public static final Publication DRAFT = new Publication(PostStatus.DRAFT, null, null);

    public Publication {
        Objects.requireNonNull(status, "status");
        if ((status == PostStatus.SCHEDULED) != (scheduledFor != null)
                || (status == PostStatus.PUBLISHED) != (publishedAt != null)) {
            throw new IllegalArgumentException("Inconsistent publication: " + status + " " + scheduledFor + " "
                    + publishedAt);
        }
    }

    /** Public now; a published post stays as it is, with its first date. */
    public Publication publish(Instant now) {
        return status == PostStatus.PUBLISHED ? this : new Publication(PostStatus.PUBLISHED, null, now);
    }

    /** Public at {@code at}; a time not in the future publishes now. A published post is refused. */
    public Publication schedule(Instant at, Instant now) {
        if (status == PostStatus.PUBLISHED) {
            throw new PublicationRefused();
        }
        return at.isAfter(now) ? new Publication(PostStatus.SCHEDULED, at, null) : publish(now);
    }

    /** A scheduled post whose time has come goes public, dated at its scheduled time; anything else stays. */
    public Publication dueAt(Instant now) {
        return status == PostStatus.SCHEDULED && !scheduledFor.isAfter(now)
                ? new Publication(PostStatus.PUBLISHED, null, scheduledFor) : this;
    }

    /** Back to draft, unscheduled. */
    public Publication withdraw() {
        return DRAFT;
    }

    public boolean wentPublicFrom(Publication before) {
        return status == PostStatus.PUBLISHED && before.status != PostStatus.PUBLISHED;
    }

    public boolean isPublic() {
        return status == PostStatus.PUBLISHED;
    }
}
