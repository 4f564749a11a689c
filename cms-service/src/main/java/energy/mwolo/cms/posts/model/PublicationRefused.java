package energy.mwolo.cms.posts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A published post cannot be scheduled: withdraw it first. */
public class PublicationRefused extends DomainException {

    PublicationRefused() {
        super(ErrorKind.CONFLICT, "cms.post.already_published", "scheduled_for");
    }
}
