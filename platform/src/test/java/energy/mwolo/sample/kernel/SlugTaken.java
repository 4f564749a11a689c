package energy.mwolo.sample.kernel;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A problem of the package every feature of the service shares. */
public class SlugTaken extends DomainException {

    public SlugTaken(String slug) {
        super(ErrorKind.CONFLICT, "sample.slug.taken", "slug", slug);
    }
}
