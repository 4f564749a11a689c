package energy.mwolo.cms.kernel;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No item of that kind answers to that slug or id (or none the caller may see: a draft is not found for the public). */
public class ItemNotFound extends DomainException {

    public ItemNotFound(String kind, Object key) {
        super(ErrorKind.NOT_FOUND, "cms.item.not_found", null, kind, key);
    }
}
