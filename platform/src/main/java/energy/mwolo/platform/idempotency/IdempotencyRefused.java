package energy.mwolo.platform.idempotency;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Why a request with an Idempotency-Key was not run; each reason has its stable code and message. */
final class IdempotencyRefused extends DomainException {

    static final String KEY_INVALID = "idempotency.key_invalid";
    static final String KEY_REQUIRED = "idempotency.key_required";
    static final String KEY_REUSED = "idempotency.key_reused";
    static final String IN_PROGRESS = "idempotency.in_progress";

    private IdempotencyRefused(ErrorKind kind, String code) {
        super(kind, code, null, Idempotent.HEADER);
    }

    static IdempotencyRefused invalidKey() {
        return new IdempotencyRefused(ErrorKind.INVALID, KEY_INVALID);
    }

    static IdempotencyRefused keyRequired() {
        return new IdempotencyRefused(ErrorKind.INVALID, KEY_REQUIRED);
    }

    static IdempotencyRefused keyReused() {
        return new IdempotencyRefused(ErrorKind.UNPROCESSABLE, KEY_REUSED);
    }

    static IdempotencyRefused inProgress() {
        return new IdempotencyRefused(ErrorKind.CONFLICT, IN_PROGRESS);
    }
}
