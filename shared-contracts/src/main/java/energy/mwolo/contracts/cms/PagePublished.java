package energy.mwolo.contracts.cms;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A page of the website went public (first publication or republication after a withdrawal). Slug and title are the
 * French ones, which every page has; the English ones when the page has them.
 * Nullable: slugEn, titleEn.
 */
@ContractPayload
public record PagePublished(
        UUID pageId,
        String slug,
        String title,
        String slugEn,
        String titleEn,
        Instant publishedAt,
        Instant occurredAt) {

    public static final EventContract<PagePublished> CONTRACT =
            new EventContract<>("cms", "page", "PagePublished", 1, PagePublished.class);

    public PagePublished {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
