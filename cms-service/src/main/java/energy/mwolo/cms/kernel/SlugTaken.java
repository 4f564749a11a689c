package energy.mwolo.cms.kernel;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Another item of the same kind already uses the slug in that language. */
public class SlugTaken extends DomainException {

    public SlugTaken(Language language, String slug) {
        super(ErrorKind.CONFLICT, "cms.slug.taken", "slug", slug, language.code());
    }

    private SlugTaken() {
        super(ErrorKind.CONFLICT, "cms.slug.taken_at_once", "slug");
    }

    /** Two writers took the same slug at once: the unique key let one commit; the other learns it here. */
    public static SlugTaken atOnce() {
        return new SlugTaken();
    }
}
