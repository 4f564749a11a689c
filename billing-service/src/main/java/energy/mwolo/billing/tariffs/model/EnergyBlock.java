package energy.mwolo.billing.tariffs.model;

import energy.mwolo.billing.kernel.InvalidField;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A block of a month's consumption and its price: the kWh above the previous block's bound up to {@code upToKwh}
 * (included) cost {@code pricePerKwh} each. The last block of a tariff has no bound.
 *
 * @param upToKwh     the block's upper bound in kWh (3 decimals at most), or null for "and above"
 * @param pricePerKwh the price of one kWh in the tariff's currency, 4 decimals at most, not negative
 */
public record EnergyBlock(BigDecimal upToKwh, BigDecimal pricePerKwh) {

    public static final int KWH_DECIMALS = 3;
    public static final int PRICE_DECIMALS = 4;

    public EnergyBlock {
        Objects.requireNonNull(pricePerKwh, "pricePerKwh");
    }

    /** A block as someone typed it; {@code field} names it in errors ({@code blocks[1]}). */
    public static EnergyBlock entered(BigDecimal upToKwh, BigDecimal pricePerKwh, String field) {
        if (pricePerKwh == null) {
            throw new InvalidField(field + ".price_per_kwh", "billing.validation.required");
        }
        if (pricePerKwh.signum() < 0 || pricePerKwh.stripTrailingZeros().scale() > PRICE_DECIMALS) {
            throw new InvalidField(field + ".price_per_kwh", "billing.tariff.unit_price", PRICE_DECIMALS);
        }
        if (upToKwh != null && (upToKwh.signum() <= 0 || upToKwh.stripTrailingZeros().scale() > KWH_DECIMALS)) {
            throw new InvalidField(field + ".up_to_kwh", "billing.tariff.block_bound", KWH_DECIMALS);
        }
        return new EnergyBlock(upToKwh == null ? null : upToKwh.setScale(KWH_DECIMALS),
                pricePerKwh.setScale(PRICE_DECIMALS));
    }

    public boolean isBounded() {
        return upToKwh != null;
    }
}
