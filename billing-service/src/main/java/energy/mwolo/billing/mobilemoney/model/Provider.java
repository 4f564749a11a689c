package energy.mwolo.billing.mobilemoney.model;

import energy.mwolo.billing.kernel.InvalidField;
import java.util.Locale;

/** Who collects the money: an operator's own API, or the aggregator for operators without one we use. */
public enum Provider {
    MPESA, AIRTEL, ORANGE, AGGREGATOR;

    /** Its code in paths and JSON ({@code mpesa}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The provider of a code, or 400 on {@code field}. */
    public static Provider of(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidField(field, "billing.validation.required");
        }
        for (Provider provider : values()) {
            if (provider.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return provider;
            }
        }
        throw new InvalidField(field, "billing.mobile_money.provider_unknown", code);
    }
}
