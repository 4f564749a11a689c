package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.dunning.model.Channel;
import energy.mwolo.billing.dunning.model.Reminder;

/** Sends reminders on one channel. */
public interface ReminderChannel {

    Channel channel();

    /** False when nothing to send through is configured: its reminders are then skipped, not retried. */
    default boolean available() {
        return true;
    }

    /**
     * Returns once the mail server or SMS gateway accepted the message.
     *
     * @throws DeliveryFailed when it did not
     */
    void deliver(Reminder reminder, ReminderMessage message);

    /** A send that did not go through; {@code retryable} when trying again may help (server down, busy). */
    class DeliveryFailed extends RuntimeException {

        private final boolean retryable;

        public DeliveryFailed(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
