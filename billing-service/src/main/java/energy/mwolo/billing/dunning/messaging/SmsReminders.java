package energy.mwolo.billing.dunning.messaging;

import energy.mwolo.billing.dunning.application.ReminderChannel;
import energy.mwolo.billing.dunning.application.ReminderMessage;
import energy.mwolo.billing.dunning.model.Channel;
import energy.mwolo.billing.dunning.model.Reminder;
import energy.mwolo.platform.notifications.Sms;
import energy.mwolo.platform.notifications.SmsNotSent;
import energy.mwolo.platform.notifications.SmsSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reminders by SMS through the platform's SMS port, when a gateway is configured ({@code mwolo.sms.base-url});
 * without one, SMS reminders are skipped. The reminder's id is the message's reference: a send retried after a
 * timeout, or after a crash before it was recorded, reaches the client once.
 */
@Component
class SmsReminders implements ReminderChannel {

    private final SmsSender sender;

    SmsReminders(ObjectProvider<SmsSender> sender) {
        this.sender = sender.getIfAvailable();
    }

    @Override
    public boolean available() {
        return sender != null;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void deliver(Reminder reminder, ReminderMessage message) {
        try {
            sender.send(new Sms(reminder.recipient(), message.text(), reminder.id().toString()));
        } catch (SmsNotSent e) {
            throw new DeliveryFailed(e.getMessage(), e.retryable(), e);
        }
    }
}
