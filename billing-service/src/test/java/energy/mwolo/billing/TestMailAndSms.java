package energy.mwolo.billing;

import energy.mwolo.embedded.notifications.SmsSimulator;
import energy.mwolo.embedded.notifications.SmtpCatcher;

/**
 * The SMTP server and SMS gateway the test context sends to, one of each for the JVM on free loopback ports. The
 * mail server can be stopped and started again on the same port, to test sends while it is down.
 */
public final class TestMailAndSms {

    private static SmtpCatcher mail = SmtpCatcher.start();
    private static final int SMTP_PORT = mail.smtpPort();
    private static final SmsSimulator SMS = SmsSimulator.start();

    private TestMailAndSms() {
    }

    public static synchronized SmtpCatcher mail() {
        return mail;
    }

    public static SmsSimulator sms() {
        return SMS;
    }

    static int smtpPort() {
        return SMTP_PORT;
    }

    static String smsBaseUrl() {
        return SMS.baseUrl();
    }

    /** Mails sent from now on are refused (connection refused), until {@link #startMail()}. */
    public static synchronized void stopMail() {
        mail.close();
    }

    public static synchronized void startMail() {
        mail = SmtpCatcher.start(SMTP_PORT, 0);
    }
}
