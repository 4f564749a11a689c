package energy.mwolo.mobilemoney.simulator;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** A provider the simulator plays; each answers under its own path ({@code /mpesa}, {@code /airtel}, ...). */
public enum Provider {
    /** Vodacom M-Pesa OpenAPI, market vodacomDRC: unsigned result callbacks. */
    MPESA,
    /** Airtel Money Africa open API: callbacks with an optional HMAC {@code hash}. */
    AIRTEL,
    /** Orange Money web payment: notifications carrying the {@code notif_token} of the init. */
    ORANGE,
    /** An aggregator of several operators whose callbacks follow Standard Webhooks. */
    AGGREGATOR;

    /** The path segment and the name in the control API and its JSON: {@code mpesa}, {@code airtel}, ... */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name of the variable that gives billing this provider's base URL. */
    public String baseUrlVariable() {
        return "MWOLO_MOBILE_MONEY_" + name() + "_BASE_URL";
    }

    /** The provider named {@code key} (any case). */
    public static Provider of(String key) {
        return Arrays.stream(values()).filter(provider -> provider.key().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown provider '" + key
                        + "': mpesa, airtel, orange or aggregator"));
    }
}
