package energy.mwolo.cms.pages;

import energy.mwolo.cms.kernel.InvalidField;
import energy.mwolo.cms.kernel.RichText;
import energy.mwolo.cms.kernel.Slugs;
import jakarta.persistence.Embeddable;

/** A page in one language; the content is cleaned by {@link RichText} when the text is made, so never stored raw. */
@Embeddable
public class PageText {

    private String slug;
    private String title;
    private String content;
    private String seoTitle;
    private String seoDescription;

    protected PageText() {
    }

    private PageText(String slug, String title, String content, String seoTitle, String seoDescription) {
        this.slug = slug;
        this.title = title;
        this.content = content;
        this.seoTitle = seoTitle;
        this.seoDescription = seoDescription;
    }

    /** Checks and cleans what staff sent for the language of {@code field} ({@code fr}, {@code en}). */
    public static PageText of(String field, String slug, String title, String content, String seoTitle,
            String seoDescription) {
        String plainTitle = RichText.plain(title);
        if (plainTitle == null || plainTitle.isEmpty()) {
            throw InvalidField.required(field + ".title");
        }
        if (plainTitle.length() > 200) {
            throw new InvalidField(field + ".title", "cms.validation.too_long", 200);
        }
        return new PageText(Slugs.checked(slug, field + ".slug"), plainTitle,
                content == null ? "" : RichText.clean(content), RichText.plain(seoTitle), RichText.plain(seoDescription));
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
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
