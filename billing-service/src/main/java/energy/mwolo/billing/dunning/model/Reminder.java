package energy.mwolo.billing.dunning.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One step's reminder of one invoice on one channel: unique per (invoice, step, channel). {@code recipient} is the
 * address or number it goes to, as the client's details stood when the step was decided; {@code note} why it was
 * skipped or the last failure.
 */
public record Reminder(UUID id, UUID invoiceId, UUID contractId, UUID clientId, String stepCode, Channel channel,
                       ReminderStatus status, String recipient, String language, int attempts, String note,
                       Instant createdAt, Instant sentAt) {

    /** A reminder to send. */
    public static Reminder toSend(UUID invoiceId, UUID contractId, UUID clientId, String stepCode, Channel channel,
                                  String recipient, String language, Instant now) {
        return new Reminder(UUID.randomUUID(), invoiceId, contractId, clientId, stepCode, channel,
                ReminderStatus.PENDING, recipient, language, 0, null, now, null);
    }

    /** A reminder decided not to be sent, and why ({@code passed_over}, {@code no_address}). */
    public static Reminder skipped(UUID invoiceId, UUID contractId, UUID clientId, String stepCode, Channel channel,
                                   String recipient, String language, String why, Instant now) {
        return new Reminder(UUID.randomUUID(), invoiceId, contractId, clientId, stepCode, channel,
                ReminderStatus.SKIPPED, recipient, language, 0, why, now, null);
    }
}
