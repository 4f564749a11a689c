package energy.mwolo.cms.newsletter;

import energy.mwolo.cms.CmsProperties;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.metrics.OnCommit;
import energy.mwolo.platform.notifications.Email;
import energy.mwolo.platform.notifications.EmailNotSent;
import energy.mwolo.platform.notifications.EmailSender;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The confirmation mail, sent on a background thread once the subscription is committed: the answer never waits on
 * the mail server (whose timing would tell whether an address was already subscribed), and no mail leaves for a
 * subscription rolled back. A mail that cannot be sent is logged (without address nor token) and not retried: the
 * person subscribes again.
 */
@Component
class NewsletterMails implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NewsletterMails.class);

    private final EmailSender sender;
    private final NewsletterProperties newsletter;
    private final String website;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsletter-mails");
        thread.setDaemon(true);
        return thread;
    });

    NewsletterMails(EmailSender sender, NewsletterProperties newsletter, CmsProperties cms) {
        this.sender = sender;
        this.newsletter = newsletter;
        this.website = cms.websiteUrl();
    }

    void confirmation(String email, Language language, String confirmationToken, String unsubscribeToken) {
        String confirm = website + newsletter.confirmationPath().replace("{token}", confirmationToken);
        String unsubscribe = website + newsletter.unsubscribePath().replace("{token}", unsubscribeToken);
        long hours = newsletter.confirmationValidity().toHours();
        // The reference names the mail in logs and at the server: never the address nor a token.
        String reference = "newsletter-confirmation-" + UUID.randomUUID();
        Email mail = language == Language.EN
                ? new Email(email, "Confirm your subscription to the Mwolo Energy newsletter",
                        "Hello,\n\nTo receive our newsletter, confirm your address by following this link within "
                                + hours + " hours:\n" + confirm
                                + "\n\nIf you did not ask for it, ignore this mail. To unsubscribe at any time:\n"
                                + unsubscribe + "\n", reference)
                : new Email(email, "Confirmez votre abonnement à la lettre d’information de Mwolo Energy",
                        "Bonjour,\n\nPour recevoir notre lettre d’information, confirmez votre adresse en suivant ce"
                                + " lien dans les " + hours + " heures :\n" + confirm
                                + "\n\nSi vous ne l’avez pas demandé, ignorez ce message. Pour vous désabonner à tout"
                                + " moment :\n" + unsubscribe + "\n", reference);
        OnCommit.run(() -> executor.execute(() -> send(mail)));
    }

    private void send(Email mail) {
        try {
            sender.send(mail);
        } catch (EmailNotSent e) {
            log.warn("Newsletter confirmation mail {} not sent (retryable: {})", mail.reference(), e.retryable());
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
