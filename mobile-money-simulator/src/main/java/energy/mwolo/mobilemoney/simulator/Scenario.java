package energy.mwolo.mobilemoney.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * What the "customer" does with a payment request, and how the provider reports it.
 *
 * @param result              how the payment ends
 * @param code                the provider's code for it ({@code INS-2001}, {@code DP00800001008}, ...); {@code null}:
 *                            the provider's usual code for the result
 * @param delay               how long the customer takes before the payment ends and the callback leaves
 * @param copies              how many identical callbacks are sent at the same moment (duplicates), at least 1
 * @param drop                the payment ends but no callback is sent (status queries still answer)
 * @param failureAfterSuccess a successful payment's callbacks are followed by a failure callback for it (a provider
 *                            that reorders or contradicts itself); status queries keep answering success
 * @param signature           how the callbacks are signed, for providers that sign
 */
public record Scenario(Result result, String code, Duration delay, int copies, boolean drop,
                       boolean failureAfterSuccess, Signature signature) {

    /** The longest delay accepted. */
    public static final Duration MAX_DELAY = Duration.ofHours(1);
    /** The most duplicates accepted for one callback. */
    public static final int MAX_COPIES = 100;

    /** How a payment ends. */
    public enum Result {
        SUCCESS,
        /** Refused (wrong PIN, cancelled, ...): the provider's generic failure unless a code is given. */
        FAILURE,
        INSUFFICIENT_BALANCE,
        /** The customer never answered: the provider's timeout result. */
        TIMEOUT,
        /** Nothing happens until the customer confirms (control API or {@link MobileMoneySimulator#confirm}). */
        AWAIT_CONFIRMATION
    }

    /**
     * How callbacks are signed (M-Pesa never signs; Airtel only when its signing is on; Orange's {@code notif_token}
     * plays the part: {@link #WRONG} sends another token than the init's).
     */
    public enum Signature {
        /** With the configured secret(s). */
        VALID,
        /** No signature at all. */
        NONE,
        /** A signature computed with another secret. */
        WRONG,
        /** Standard Webhooks only: a correct signature over a timestamp ten minutes old. */
        OLD_TIMESTAMP
    }

    public Scenario {
        Objects.requireNonNull(result, "result");
        delay = delay == null ? Duration.ZERO : delay;
        signature = signature == null ? Signature.VALID : signature;
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and " + MAX_DELAY + ", not " + delay);
        }
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be between 1 and " + MAX_COPIES + ", not " + copies);
        }
        if (code != null && code.isBlank()) {
            code = null;
        }
    }

    /** A success after {@code delay}, one signed callback. */
    public static Scenario success(Duration delay) {
        return of(Result.SUCCESS).withDelay(delay);
    }

    /** {@code result} at once, one callback, signed. */
    public static Scenario of(Result result) {
        return new Scenario(result, null, Duration.ZERO, 1, false, false, Signature.VALID);
    }

    /** A failure with the provider's {@code code}. */
    public static Scenario failure(String code) {
        return of(Result.FAILURE).withCode(code);
    }

    public Scenario withCode(String newCode) {
        return new Scenario(result, newCode, delay, copies, drop, failureAfterSuccess, signature);
    }

    public Scenario withDelay(Duration newDelay) {
        return new Scenario(result, code, newDelay, copies, drop, failureAfterSuccess, signature);
    }

    public Scenario withCopies(int newCopies) {
        return new Scenario(result, code, delay, newCopies, drop, failureAfterSuccess, signature);
    }

    public Scenario dropped() {
        return new Scenario(result, code, delay, copies, true, failureAfterSuccess, signature);
    }

    public Scenario thenFailure() {
        return new Scenario(result, code, delay, copies, drop, true, signature);
    }

    public Scenario withSignature(Signature newSignature) {
        return new Scenario(result, code, delay, copies, drop, failureAfterSuccess, newSignature);
    }
}
