package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.dunning.model.Channel;
import energy.mwolo.billing.dunning.model.DunnedInvoice;
import energy.mwolo.billing.dunning.model.DunningStep;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A reminder's words, from the message bundles in the reminder's language: one text before the due date, one after
 * it, one for the final step (the warning of disconnection), each quoting the invoice's number, due date and the
 * balance when it is sent.
 */
@Component
class ReminderTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ReminderTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** @param step the reminder's step, empty when the schedule no longer has it (written as after the due date) */
    ReminderMessage of(Channel channel, Optional<DunningStep> step, DunnedInvoice invoice, String clientName,
                       String language) {
        Locale locale = Locale.forLanguageTag(language);
        String kind = step.map(s -> s.isFinal() ? "final" : s.beforeDue() ? "before_due" : "overdue")
                .orElse("overdue");
        Object[] args = {invoice.number(), DAY.format(invoice.dueDate()),
                invoice.balance().toPlainString() + " " + invoice.currency(), clientName == null ? "" : clientName};
        if (channel == Channel.SMS) {
            return new ReminderMessage(null, messages.getMessage("billing.dunning.sms." + kind, args, locale));
        }
        return new ReminderMessage(messages.getMessage("billing.dunning.mail.subject." + kind, args, locale),
                messages.getMessage("billing.dunning.mail.body." + kind, args, locale));
    }
}
