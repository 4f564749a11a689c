package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.customers.ClientSummary;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.dunning.model.Channel;
import energy.mwolo.billing.dunning.model.DunnedInvoice;
import energy.mwolo.billing.dunning.model.DunnedInvoices;
import energy.mwolo.billing.dunning.model.DunningSchedule;
import energy.mwolo.billing.dunning.model.DunningSteps;
import energy.mwolo.billing.dunning.model.Reminder;
import energy.mwolo.billing.dunning.model.Reminders;
import energy.mwolo.billing.dunning.model.RetryPolicy;
import energy.mwolo.billing.kernel.BusinessTime;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders due now: claim (a short transaction takes a batch and leases it), send (no transaction is
 * open while the mail server or the SMS gateway answers), record (sent; or tried again later with a growing wait;
 * or failed after the last attempt or a refusal). A sender that dies between sending and recording leaves its
 * reminders claimed: when the lease ends another pass sends them again. Reminders are thus delivered at least once;
 * an SMS carries the reminder's id as its reference, so the gateway keeps a resent one once, whereas a mail may
 * arrive twice. Each text quotes the balance when it is sent; an invoice settled meanwhile gets no reminder.
 */
@Component
class DeliveringReminders {

    private static final Logger log = LoggerFactory.getLogger(DeliveringReminders.class);
    private static final int BATCH = 50;

    private final Reminders reminders;
    private final DunnedInvoices invoices;
    private final Customers customers;
    private final DunningSteps steps;
    private final ReminderTexts texts;
    private final Map<Channel, ReminderChannel> channels = new EnumMap<>(Channel.class);
    private final DunningSettings settings;
    private final BusinessTime time;
    private final TransactionTemplate transactions;

    DeliveringReminders(Reminders reminders, DunnedInvoices invoices, Customers customers, DunningSteps steps,
                        ReminderTexts texts, List<ReminderChannel> channels, DunningSettings settings,
                        BusinessTime time, TransactionTemplate transactions) {
        this.reminders = reminders;
        this.invoices = invoices;
        this.customers = customers;
        this.steps = steps;
        this.texts = texts;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.settings = settings;
        this.time = time;
        this.transactions = transactions;
    }

    PassReport.Delivered deliverDue() {
        DunningSchedule schedule = steps.current();
        RetryPolicy retries = settings.retryPolicy();
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        while (true) {
            Instant now = time.now();
            List<Reminder> batch = transactions.execute(status -> reminders.claim(now, settings.lease(), BATCH));
            if (batch == null || batch.isEmpty()) {
                return new PassReport.Delivered(sent, retrying, failed);
            }
            for (Reminder reminder : batch) {
                switch (deliver(reminder, schedule, retries)) {
                    case SENT -> sent++;
                    case RETRYING -> retrying++;
                    case FAILED -> failed++;
                    default -> { }
                }
            }
        }
    }

    private Outcome deliver(Reminder reminder, DunningSchedule schedule, RetryPolicy retries) {
        Optional<DunnedInvoice> invoice = invoices.byId(reminder.invoiceId()).filter(DunnedInvoice::open);
        if (invoice.isEmpty()) {
            reminders.skip(reminder.id(), "settled");
            return Outcome.SKIPPED;
        }
        ReminderChannel channel = channels.get(reminder.channel());
        if (channel == null || !channel.available()) {
            reminders.skip(reminder.id(), "no_gateway");
            return Outcome.SKIPPED;
        }
        String clientName = customers.client(reminder.clientId()).map(ClientSummary::name).orElse(null);
        ReminderMessage message = texts.of(reminder.channel(), schedule.step(reminder.stepCode()), invoice.get(),
                clientName, reminder.language());
        try {
            channel.deliver(reminder, message);
        } catch (ReminderChannel.DeliveryFailed e) {
            Optional<Instant> next = e.retryable() ? retries.nextAttempt(reminder.attempts(), time.now())
                    : Optional.empty();
            log.warn("Reminder {} ({} of step {}) not sent, attempt {}: {}", reminder.id(), reminder.channel(),
                    reminder.stepCode(), reminder.attempts(), e.getMessage());
            if (next.isPresent()) {
                reminders.retryAt(reminder.id(), next.get(), e.getMessage());
                return Outcome.RETRYING;
            }
            reminders.failed(reminder.id(), e.getMessage());
            return Outcome.FAILED;
        }
        reminders.sent(reminder.id(), time.now());
        return Outcome.SENT;
    }

    private enum Outcome {
        SENT, RETRYING, FAILED, SKIPPED
    }
}
