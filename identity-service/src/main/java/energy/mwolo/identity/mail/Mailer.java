package energy.mwolo.identity.mail;

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
 * Sends mails from one background thread, after the transaction that decided them commits: an answer never waits
 * on the mail server (its timing would tell who has an account), and no mail leaves for a change that was rolled
 * back. Each mail is tried three times. A mail exists only in memory until then: if the service stops first, the
 * person asks again. Neither addresses nor contents (which may hold tokens) reach the log.
 */
@Component
public class Mailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final int ATTEMPTS = 3;

    private final JavaMailSender sender;
    private final MailProperties properties;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(500), runnable -> {
                Thread thread = new Thread(runnable, "mails");
                thread.setDaemon(true);
                return thread;
            });

    Mailer(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** Sends {@code message} (its sender is set here) once the current transaction commits, or now without one. */
    public void send(SimpleMailMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueue(message);
                }
            });
        } else {
            enqueue(message);
        }
    }

    private void enqueue(SimpleMailMessage message) {
        try {
            executor.execute(() -> deliver(message));
        } catch (RejectedExecutionException e) {
            log.warn("Mail dropped: the mail queue is full");
        }
    }

    private void deliver(SimpleMailMessage message) {
        message.setFrom(properties.from());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                sender.send(message);
                return;
            } catch (MailException e) {
                log.warn("Mail not sent (attempt {} of {}): {}", attempt, ATTEMPTS, e.getClass().getName());
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
