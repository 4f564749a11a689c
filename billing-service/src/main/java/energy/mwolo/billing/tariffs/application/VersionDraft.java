package energy.mwolo.billing.tariffs.application;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.tariffs.model.EnergyBlock;
import energy.mwolo.billing.tariffs.model.FixedCharge;
import energy.mwolo.billing.tariffs.model.TariffVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A tariff version as typed: its values are checked, with the request's field names, when it becomes a
 * {@link TariffVersion} in the tariff's currency.
 */
public record VersionDraft(LocalDate validFrom, BigDecimal monthlyFee, List<Block> blocks, List<Charge> charges) {

    public record Block(BigDecimal upToKwh, BigDecimal pricePerKwh) {
    }

    public record Charge(String code, String label, BigDecimal amount, String currency, boolean taxable) {
    }

    TariffVersion toVersion(Currency currency) {
        if (validFrom == null) {
            throw new InvalidField("valid_from", "billing.validation.required");
        }
        Money fee = monthlyFee == null ? Money.zero(currency) : Money.exact(monthlyFee, currency, "monthly_fee");
        List<EnergyBlock> energy = new ArrayList<>();
        List<Block> typedBlocks = blocks == null ? List.of() : blocks;
        for (int i = 0; i < typedBlocks.size(); i++) {
            energy.add(EnergyBlock.entered(typedBlocks.get(i).upToKwh(), typedBlocks.get(i).pricePerKwh(),
                    "blocks[" + i + "]"));
        }
        List<FixedCharge> fixed = new ArrayList<>();
        List<Charge> typedCharges = charges == null ? List.of() : charges;
        for (int i = 0; i < typedCharges.size(); i++) {
            fixed.add(charge(typedCharges.get(i), currency, "fixed_charges[" + i + "]"));
        }
        return new TariffVersion(validFrom, fee, energy, fixed);
    }

    private static FixedCharge charge(Charge charge, Currency tariffCurrency, String field) {
        if (charge.code() == null || charge.code().isBlank()) {
            throw new InvalidField(field + ".code", "billing.validation.required");
        }
        if (charge.label() == null || charge.label().isBlank()) {
            throw new InvalidField(field + ".label", "billing.validation.required");
        }
        Currency currency = charge.currency() == null ? tariffCurrency : Currency.of(charge.currency(), field + ".currency");
        return new FixedCharge(charge.code().strip(), charge.label().strip(),
                Money.positive(charge.amount(), currency, field + ".amount"), charge.taxable());
    }
}
