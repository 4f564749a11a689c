package energy.mwolo.platform.errors;

import java.util.Objects;

/**
 * A rule of the business was broken. Carries a stable error code (the key of its message in the service's
 * bundles), the kind of failure, and the request field it concerns, if any. Plain Java on purpose: domain models
 * throw it without depending on Spring.
 */
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;
    private final String field;
    private final transient Object[] args;

    protected DomainException(ErrorKind kind, String code, String field, Object... args) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
