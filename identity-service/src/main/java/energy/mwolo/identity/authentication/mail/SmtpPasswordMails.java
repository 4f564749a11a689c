package energy.mwolo.identity.authentication.mail;

import energy.mwolo.identity.authentication.application.PasswordMailProperties;
import energy.mwolo.identity.authentication.application.PasswordMails;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends password mails from one background thread, after the transaction that created the token commits: the
 * answer to the request never waits on the mail server (its timing would tell who has an account), and no mail
 * leaves for a token that was rolled back. Each mail is tried three times. The token exists only in memory until
 * then; if the service stops first, the person asks again. Tokens never reach the log.
 */
@Component
class SmtpPasswordMails implements PasswordMails, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmtpPasswordMails.class);
    private static final int ATTEMPTS = 3;

    private final JavaMailSender sender;
    private final PasswordMailProperties properties;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(500), runnable -> {
                Thread thread = new Thread(runnable, "password-mails");
                thread.setDaemon(true);
                return thread;
            });

    SmtpPasswordMails(JavaMailSender sender, PasswordMailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void send(PasswordMail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueue(mail);
                }
            });
        } else {
            enqueue(mail);
        }
    }

    private void enqueue(PasswordMail mail) {
        try {
            executor.execute(() -> deliver(mail));
        } catch (RejectedExecutionException e) {
            log.warn("Password mail to a user dropped: the mail queue is full");
        }
    }

    private void deliver(PasswordMail mail) {
        SimpleMailMessage message = FrenchPasswordMail.compose(mail);
        message.setFrom(properties.from());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                sender.send(message);
                return;
            } catch (MailException e) {
                log.warn("Password mail not sent (attempt {} of {}): {}", attempt, ATTEMPTS, e.getClass().getName());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(1000L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
