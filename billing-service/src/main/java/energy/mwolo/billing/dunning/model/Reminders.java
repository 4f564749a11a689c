package energy.mwolo.billing.dunning.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Every reminder decided. */
public interface Reminders {

    /** The codes of the steps decided for an invoice, on any channel and in any status. */
    Set<String> decidedSteps(UUID invoiceId);

    /**
     * Records reminders; one already recorded for the same (invoice, step, channel), by another pass meanwhile,
     * stays as it is. Answers how many were new.
     */
    int decide(List<Reminder> reminders);

    /**
     * Takes up to {@code limit} reminders to send now: pending ones whose attempt is due, and those a sender took but
     * did not record within its lease (it died). Each is counted as an attempt and leased to the caller for
     * {@code lease}; reminders another transaction is taking are skipped, so two senders never take the same.
     */
    List<Reminder> claim(Instant now, Duration lease, int limit);

    void sent(UUID id, Instant at);

    void retryAt(UUID id, Instant next, String error);

    void failed(UUID id, String error);

    void skip(UUID id, String why);

    /** An invoice's reminders, by step then channel. */
    List<Reminder> ofInvoice(UUID invoiceId);
}
