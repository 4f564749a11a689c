package energy.mwolo.platform.notifications;

/** Hands text messages to the SMS gateway. */
public interface SmsSender {

    /**
     * Returns once the gateway accepted the message, answering its id there.
     *
     * @throws SmsNotSent when it did not; {@link SmsNotSent#retryable()} tells whether trying again may help
     */
    String send(Sms sms);
}
