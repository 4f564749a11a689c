package energy.mwolo.billing.payments.model;

/**
 * Where a payment can be traced: the bank's or card acquirer's reference, or for mobile money the provider and its
 * transaction id (unique per provider, which is what makes a provider's retried callback harmless).
 */
public record PaymentSource(String externalReference, String provider, String providerTransactionId) {

    public static PaymentSource reference(String externalReference) {
        return new PaymentSource(blankToNull(externalReference), null, null);
    }

    public static PaymentSource mobileMoney(String provider, String providerTransactionId) {
        if (blankToNull(provider) == null || blankToNull(providerTransactionId) == null) {
            throw new IllegalArgumentException("Mobile money needs a provider and its transaction id");
        }
        return new PaymentSource(null, provider, providerTransactionId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
