package energy.mwolo.platform.notifications;

/** Hands e-mails to the mail server. */
public interface EmailSender {

    /**
     * Returns once the server accepted the message.
     *
     * @throws EmailNotSent when it did not; {@link EmailNotSent#retryable()} tells whether trying again may help
     */
    void send(Email email);
}
