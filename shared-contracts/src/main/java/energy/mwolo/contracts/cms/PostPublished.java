package energy.mwolo.contracts.cms;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A blog post went public, at once or at its scheduled time. Slug, title and excerpt are the French ones; the
 * English slug and title when the post has them.
 * Nullable: excerpt, slugEn, titleEn.
 */
@ContractPayload
public record PostPublished(
        UUID postId,
        String slug,
        String title,
        String excerpt,
        String slugEn,
        String titleEn,
        Instant publishedAt,
        Instant occurredAt) {

    public static final EventContract<PostPublished> CONTRACT =
            new EventContract<>("cms", "post", "PostPublished", 1, PostPublished.class);

    public PostPublished {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
