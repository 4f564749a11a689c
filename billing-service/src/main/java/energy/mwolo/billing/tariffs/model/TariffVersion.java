package energy.mwolo.billing.tariffs.model;

import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A tariff's prices from {@code validFrom} until its next version starts: a monthly fee (zero for none) in the
 * tariff's currency, blocks of kWh with ascending bounds (the last one unbounded; none for a flat tariff), and fixed
 * charges. Versions are only added, never changed: an invoice keeps the prices it was computed with.
 */
public record TariffVersion(LocalDate validFrom, Money monthlyFee, List<EnergyBlock> blocks,
                            List<FixedCharge> charges) {

    public TariffVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        blocks = List.copyOf(blocks);
        charges = List.copyOf(charges);
        checkBlocks(blocks);
        if (monthlyFee.isNegative()) {
            throw new InvalidField("monthly_fee", "billing.amount.not_positive");
        }
        if (monthlyFee.isZero() && blocks.isEmpty() && charges.isEmpty()) {
            throw new InvalidField("blocks", "billing.tariff.empty");
        }
    }

    private static void checkBlocks(List<EnergyBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            EnergyBlock block = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            if (last != !block.isBounded()) {
                throw new InvalidField("blocks", "billing.tariff.last_block_unbounded");
            }
            if (i > 0 && !last && block.upToKwh().compareTo(blocks.get(i - 1).upToKwh()) <= 0) {
                throw new InvalidField("blocks", "billing.tariff.blocks_ascending");
            }
        }
    }
}
