package energy.mwolo.support.attachments;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** An upload that breaks a limit: nothing of it is stored. */
final class AttachmentRefused extends DomainException {

    private AttachmentRefused(ErrorKind kind, String code, Object... args) {
        super(kind, code, kind == ErrorKind.INVALID ? "file" : null, args);
    }

    static AttachmentRefused tooLarge(long maxMegabytes) {
        return new AttachmentRefused(ErrorKind.INVALID, "support.attachment.too_large", maxMegabytes);
    }

    static AttachmentRefused empty() {
        return new AttachmentRefused(ErrorKind.INVALID, "support.attachment.empty");
    }

    static AttachmentRefused type(String accepted) {
        return new AttachmentRefused(ErrorKind.INVALID, "support.attachment.type_refused", accepted);
    }

    static AttachmentRefused tooMany(int max) {
        return new AttachmentRefused(ErrorKind.CONFLICT, "support.attachment.too_many", max);
    }

    static AttachmentRefused notFound(Object id) {
        return new AttachmentRefused(ErrorKind.NOT_FOUND, "support.attachment.not_found", id);
    }
}
