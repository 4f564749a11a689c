package energy.mwolo.billing.mobilemoney.model;

/**
 * What a provider told us about a request: M-Pesa's conversation id, its transaction id (M-Pesa's, Airtel's
 * airtel_money_id, Orange's txnid, the aggregator's collection id), Orange's notif_token and pay_token. Any may be
 * null.
 */
public record ProviderIds(String conversationId, String transactionId, String notifToken, String payToken) {

    public static final ProviderIds NONE = new ProviderIds(null, null, null, null);

    /** These ids, each completed by {@code later}'s where it has one. */
    public ProviderIds merge(ProviderIds later) {
        return new ProviderIds(first(later.conversationId, conversationId), first(later.transactionId, transactionId),
                first(later.notifToken, notifToken), first(later.payToken, payToken));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
