package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.platform.notifications.Email;
import energy.mwolo.platform.notifications.EmailNotSent;
import energy.mwolo.platform.notifications.EmailSender;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The collection loop's notices by e-mail ({@code disconnection_notice_mails}), through the platform's e-mail port
 * (SMTP, {@code spring.mail.*}): subject {@code operations.notice.<kind>.subject}, the SMS's text as body. SMTP has
 * no reference to deduplicate on: a crash between the server's acceptance and the row's update sends the mail again
 * at the next pass, so a customer may rarely get a notice twice.
 */
@Component
class MailNotices extends NoticeChannel<EmailSender> {

    MailNotices(JdbcClient jdbc, ObjectProvider<EmailSender> sender, MessageSource messages, Clock clock) {
        super(jdbc, sender, messages, clock, "disconnection_notice_mails", "email");
    }

    @Override
    void deliver(EmailSender sender, Notice notice, Locale locale) {
        try {
            sender.send(new Email(notice.address(), text(notice, ".subject", locale), text(notice, "", locale),
                    notice.id().toString()));
        } catch (EmailNotSent e) {
            throw new Refused(e.getMessage(), e.retryable(), e);
        }
    }
}
