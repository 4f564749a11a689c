package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.Verdict;

/**
 * A callback as its provider's adapter read it: rejected already (a verdict), or naming our request and reporting
 * on it.
 *
 * @param rejection      why it is refused before matching, or null
 * @param reference      our reference it names, or null
 * @param notifToken     Orange's token it carries, or null
 * @param conversationId M-Pesa's conversation id, or null
 * @param authenticated  its signature or hash was verified
 * @param webhookId      the aggregator's idempotency key, or null
 */
public record CallbackReading(Verdict rejection, String reference, String notifToken, String conversationId,
                              ProviderReport report, boolean authenticated, String webhookId, String detail) {

    public static CallbackReading rejected(Verdict verdict, String detail) {
        return new CallbackReading(verdict, null, null, null, null, false, null, detail);
    }

    public static CallbackReading report(String reference, ProviderReport report, boolean authenticated) {
        return new CallbackReading(null, reference, null, null, report, authenticated, null, null);
    }

    public CallbackReading withConversationId(String id) {
        return new CallbackReading(rejection, reference, notifToken, id, report, authenticated, webhookId, detail);
    }

    public CallbackReading withNotifToken(String token) {
        return new CallbackReading(rejection, reference, token, conversationId, report, authenticated, webhookId,
                detail);
    }

    public CallbackReading withWebhookId(String id) {
        return new CallbackReading(rejection, reference, notifToken, conversationId, report, authenticated, id,
                detail);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
