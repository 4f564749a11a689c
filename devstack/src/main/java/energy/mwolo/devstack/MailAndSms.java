package energy.mwolo.devstack;

import energy.mwolo.embedded.ServiceLaunch;
import energy.mwolo.embedded.StackShutdown;
import energy.mwolo.embedded.notifications.SmsSimulator;
import energy.mwolo.embedded.notifications.SmtpCatcher;

/**
 * Where the devstack's services send their mails and SMS, and where a person reads them: an SMTP catcher and an SMS
 * gateway simulator, each listing what it received over HTTP. Each arrival is also announced on the console.
 */
final class MailAndSms {

    private static final int SHOWN_CHARACTERS = 80;

    private final SmtpCatcher mail;
    private final SmsSimulator sms;

    private MailAndSms(SmtpCatcher mail, SmsSimulator sms) {
        this.mail = mail;
        this.sms = sms;
    }

    /**
     * Starts both on 127.0.0.1 and registers them to stop with the stack.
     *
     * @throws IllegalStateException naming a port in use
     */
    static MailAndSms start(int smtpPort, int mailListingPort, int smsPort) {
        SmtpCatcher mail = SmtpCatcher.start(smtpPort, mailListingPort);
        StackShutdown.register("SMTP catcher", mail);
        SmsSimulator sms = SmsSimulator.start(smsPort);
        StackShutdown.register("SMS simulator", sms);
        mail.onMessage(caught -> DevStack.say("Mail to " + String.join(", ", caught.to()) + ": "
                + caught.subject() + " (" + mail.listingUrl() + "/" + caught.id() + ")"));
        sms.onSent(sent -> DevStack.say("SMS to " + sent.to() + ": " + shortened(sent.text()) + " ("
                + sms.baseUrl() + "/sms?to=" + sent.to() + ")"));
        return new MailAndSms(mail, sms);
    }

    /** Sends the service's mails to the catcher and its SMS to the simulator. */
    ServiceLaunch configure(ServiceLaunch launch) {
        return launch.smtp(mail.host(), mail.smtpPort()).smsGateway(sms.baseUrl());
    }

    /** The summary's lines: where to read the mails and the SMS. */
    String summary() {
        return String.format("  %-20s %s (SMTP server for services: %s:%d)%n", "Mails sent", mail.listingUrl(),
                mail.host(), mail.smtpPort())
                + String.format("  %-20s %s/sms (SMS gateway for services: %s)%n", "SMS sent", sms.baseUrl(),
                sms.baseUrl());
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= SHOWN_CHARACTERS ? line : line.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
