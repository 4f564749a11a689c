package energy.mwolo.embedded.notifications;

import java.time.Instant;

/**
 * An SMS the {@link SmsSimulator} accepted.
 *
 * @param id         the gateway's id, as answered to the sender
 * @param to         the E.164 number ({@code +243812345678})
 * @param reference  the sender's idempotency reference; {@code null} when it gave none
 * @param receivedAt when the simulator accepted it
 */
public record SentSms(String id, String to, String text, String reference, Instant receivedAt) {
}
