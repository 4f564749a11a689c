package energy.mwolo.billing.consumption;

import energy.mwolo.billing.kernel.BillingPeriod;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * The kWh a contract consumed over a month, to the Wh.
 *
 * @param estimated true when operations estimated it (readings missing): the invoice says so
 * @param source    {@code operations} or {@code manual}
 */
public record Consumption(UUID contractId, BillingPeriod period, BigDecimal kwh, boolean estimated, String source) {

    public static final int KWH_DECIMALS = 3;

    public Consumption {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kwh, "kwh");
        Objects.requireNonNull(source, "source");
    }
}
