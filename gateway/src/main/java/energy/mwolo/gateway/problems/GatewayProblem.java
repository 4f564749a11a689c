package energy.mwolo.gateway.problems;

/**
 * An answer the gateway gives instead of forwarding: carries its status and stable error code to
 * {@link ProblemExceptionHandler}. No stack trace is filled: these are expected outcomes, not bugs.
 */
public class GatewayProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;

    public GatewayProblem(int status, String code, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    Object[] args() {
        return args.clone();
    }
}
