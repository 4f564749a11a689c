package energy.mwolo.billing.dunning.model;

/**
 * A reminder's life: pending (to send), sending (claimed by a sender until a deadline), then sent, failed (refused,
 * or still not delivered after the last attempt) or skipped (passed over by a later step, no address, or nothing
 * left to pay when its turn came).
 */
public enum ReminderStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    SKIPPED
}
