package energy.mwolo.cms.posts.model;

import java.util.Locale;

/** Where a post stands: {@code draft}, {@code scheduled} (goes public at its time), {@code published}. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
