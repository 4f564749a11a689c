package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.platform.notifications.Sms;
import energy.mwolo.platform.notifications.SmsNotSent;
import energy.mwolo.platform.notifications.SmsSender;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The collection loop's notices by SMS ({@code disconnection_notices}), through the platform's SMS port (the one
 * billing's reminders use), once a gateway is configured ({@code mwolo.sms.base-url}). The notice's id is the
 * message's reference, so a send retried after a timeout or a crash reaches the customer once.
 */
@Component
class SmsNotices extends NoticeChannel<SmsSender> {

    SmsNotices(JdbcClient jdbc, ObjectProvider<SmsSender> sender, MessageSource messages, Clock clock) {
        super(jdbc, sender, messages, clock, "disconnection_notices", "phone");
    }

    @Override
    void deliver(SmsSender sender, Notice notice, Locale locale) {
        try {
            sender.send(new Sms(notice.address(), text(notice, "", locale), notice.id().toString()));
        } catch (SmsNotSent e) {
            throw new Refused(e.getMessage(), e.retryable(), e);
        }
    }
}
