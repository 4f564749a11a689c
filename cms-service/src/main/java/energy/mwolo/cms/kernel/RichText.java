package energy.mwolo.cms.kernel;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Staff's rich content cleaned against an allow-list before it is stored, so that nothing the website shows can run
 * in a visitor's browser: no script or style element, no event handler attribute, no {@code javascript:} or
 * {@code data:} URL, no iframe or form. What remains is text formatting, headings, lists, tables, quotes, links
 * (http, https, mailto, tel; opened without access to the opener) and images (http, https).
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s")
            .removeTags("col", "colgroup")
            .addProtocols("a", "href", "tel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private RichText() {
    }

    /** The content with everything outside the allow-list removed; null stays null. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Plain text: every tag removed (titles, excerpts, SEO fields, form messages). */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        return Jsoup.parseBodyFragment(text).text().strip();
    }
}
