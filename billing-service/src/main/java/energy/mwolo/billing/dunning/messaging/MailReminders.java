package energy.mwolo.billing.dunning.messaging;

import energy.mwolo.billing.dunning.application.DunningSettings;
import energy.mwolo.billing.dunning.application.ReminderChannel;
import energy.mwolo.billing.dunning.application.ReminderMessage;
import energy.mwolo.billing.dunning.model.Channel;
import energy.mwolo.billing.dunning.model.Reminder;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Reminders by e-mail through the SMTP server of {@code spring.mail.*}, in plain text. A server that cannot be
 * reached or answers an error is tried again; an address it cannot parse is not.
 */
@Component
class MailReminders implements ReminderChannel {

    private final JavaMailSender sender;
    private final DunningSettings settings;

    MailReminders(JavaMailSender sender, DunningSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(Reminder reminder, ReminderMessage message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.mailFrom());
        mail.setTo(reminder.recipient());
        mail.setSubject(message.subject());
        mail.setText(message.text());
        try {
            sender.send(mail);
        } catch (MailParseException | MailPreparationException e) {
            throw new DeliveryFailed("mail refused: " + e.getClass().getSimpleName(), false, e);
        } catch (MailException e) {
            throw new DeliveryFailed("mail not sent: " + e.getClass().getSimpleName(), true, e);
        }
    }
}
