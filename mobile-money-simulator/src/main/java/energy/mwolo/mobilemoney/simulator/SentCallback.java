package energy.mwolo.mobilemoney.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * A callback the simulator sent to billing, and what billing answered.
 *
 * @param id          the simulator's id of this sending (for the listing and for replays)
 * @param paymentId   the provider's transaction id it is about
 * @param reference   our reference of that payment
 * @param headers     the headers sent besides {@code Content-Type}
 * @param body        the exact bytes sent, as UTF-8 text
 * @param status      billing's HTTP status; 0 when no answer came (see {@code error})
 * @param answer      billing's body, as text (at most 4 KB)
 * @param replyProblem what is wrong with billing's answer for this provider ({@code null}: nothing); a provider whose
 *                    callback is not acknowledged as it expects would retry
 * @param replayOf    the id of the callback this one repeats byte for byte; {@code null} when it is not a replay
 */
public record SentCallback(long id, Provider provider, String paymentId, String reference, String url,
                           Map<String, String> headers, String body, Instant sentAt, int status, String answer,
                           String error, String replyProblem, Long replayOf) {
}
