package energy.mwolo.contracts.devdata;

import java.math.BigDecimal;

/** The illustrative rate the dev profile's seeds enter where a service needs a day's rate and none holds. */
public final class DevRates {

    /** Congolese francs for one US dollar. */
    public static final BigDecimal CDF_PER_USD = new BigDecimal("2850.0000");

    private DevRates() {
    }
}
