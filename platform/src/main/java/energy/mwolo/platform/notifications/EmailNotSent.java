package energy.mwolo.platform.notifications;

/**
 * The mail server did not accept a message. Retryable: it could not be reached or answered an error; not
 * retryable: the message itself cannot be sent (an address that does not parse), whatever the server.
 */
public class EmailNotSent extends RuntimeException {

    private final boolean retryable;

    public EmailNotSent(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
