package energy.mwolo.mobilemoney.simulator;

/**
 * The credentials the simulator accepts and signs with unless told otherwise: development values only, the same in
 * every run so that a service's dev settings can name them.
 */
public final class DevCredentials {

    /** Airtel's OAuth2 client: {@code POST /auth/oauth2/token {"client_id", "client_secret", ...}}. */
    public static final String AIRTEL_CLIENT_ID = "mwolo-dev-airtel";
    public static final String AIRTEL_CLIENT_SECRET = "mwolo-dev-airtel-secret";
    /** The secret of Airtel's callback {@code hash}. */
    public static final String AIRTEL_CALLBACK_SECRET = "mwolo-dev-airtel-callback-secret";
    /** Orange's OAuth2 client, sent as HTTP Basic to {@code POST /oauth/v3/token}. */
    public static final String ORANGE_CLIENT_ID = "mwolo-dev-orange";
    public static final String ORANGE_CLIENT_SECRET = "mwolo-dev-orange-secret";
    /** The {@code merchant_key} of Orange's web payment init. */
    public static final String ORANGE_MERCHANT_KEY = "mwolo-dev-merchant";
    /** The aggregator's API key: {@code Authorization: Bearer <key>}. */
    public static final String AGGREGATOR_API_KEY = "mwolo-dev-aggregator-key";
    /** The aggregator's Standard Webhooks secret; its key is the 33 bytes {@code mwolo-dev-aggregator-webhook-key!}. */
    public static final String AGGREGATOR_WEBHOOK_SECRET = "whsec_bXdvbG8tZGV2LWFnZ3JlZ2F0b3Itd2ViaG9vay1rZXkh";

    private DevCredentials() {
    }
}
