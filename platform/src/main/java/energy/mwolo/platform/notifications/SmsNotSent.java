package energy.mwolo.platform.notifications;

/**
 * The gateway did not accept a message. Retryable: it was unreachable, too slow or busy (5xx, 429); not retryable:
 * it refused the message itself (another 4xx), which the same message would meet again.
 */
public class SmsNotSent extends RuntimeException {

    private final boolean retryable;

    public SmsNotSent(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
