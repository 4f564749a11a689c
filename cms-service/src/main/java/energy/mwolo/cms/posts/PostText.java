package energy.mwolo.cms.posts;

import energy.mwolo.cms.kernel.InvalidField;
import energy.mwolo.cms.kernel.RichText;
import energy.mwolo.cms.kernel.Slugs;
import jakarta.persistence.Embeddable;

/** A post in one language; content cleaned on the way in, excerpt and SEO fields kept as plain text. */
@Embeddable
public class PostText {

    private String slug;
    private String title;
    private String excerpt;
    private String content;
    private String seoTitle;
    private String seoDescription;

    protected PostText() {
    }

    private PostText(String slug, String title, String excerpt, String content, String seoTitle,
            String seoDescription) {
        this.slug = slug;
        this.title = title;
        this.excerpt = excerpt;
        this.content = content;
        this.seoTitle = seoTitle;
        this.seoDescription = seoDescription;
    }

    public static PostText of(String field, String slug, String title, String excerpt, String content,
            String seoTitle, String seoDescription) {
        String plainTitle = RichText.plain(title);
        if (plainTitle == null || plainTitle.isEmpty()) {
            throw InvalidField.required(field + ".title");
        }
        String plainExcerpt = RichText.plain(excerpt);
        if (plainExcerpt != null && plainExcerpt.length() > 1000) {
            throw new InvalidField(field + ".excerpt", "cms.validation.too_long", 1000);
        }
        return new PostText(Slugs.checked(slug, field + ".slug"), plainTitle, plainExcerpt,
                content == null ? "" : RichText.clean(content), RichText.plain(seoTitle), RichText.plain(seoDescription));
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String excerpt() {
        return excerpt;
    }

    public String content() {
        return content;
    }

    public String seoTitle() {
        return seoTitle;
    }

    public String seoDescription() {
        return seoDescription;
    }
}
