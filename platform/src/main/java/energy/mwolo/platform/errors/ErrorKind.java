package energy.mwolo.platform.errors;

/** What went wrong, as the caller should understand it; each kind maps to one HTTP status. */
public enum ErrorKind {
    INVALID(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    /** Well-formed, but contradicts what the same request said before (e.g. a reused idempotency key). */
    UNPROCESSABLE(422),
    UNAVAILABLE(503);

    private final int status;

    ErrorKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
