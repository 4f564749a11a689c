package energy.mwolo.platform.events;

/**
 * A record no retry can make consumable: it has no usable {@code ce_id} (so it cannot be deduplicated) or its
 * payload is not the contract it claims to be. The platform's error handler sends it to the dead-letter topic at
 * once, without retries.
 */
public class UnusableEvent extends RuntimeException {

    public UnusableEvent(String message) {
        super(message);
    }

    public UnusableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
