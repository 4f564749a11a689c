package energy.mwolo.billing.tariffs.web;

import energy.mwolo.billing.tariffs.application.VersionDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Prices from {@code valid_from}: the monthly fee (in the tariff's currency; absent for none), the kWh blocks
 * (ascending {@code up_to_kwh}, the last one without), the fixed charges (each in its own currency, the tariff's by
 * default). Amounts are decimal strings.
 */
record VersionRequest(@NotNull LocalDate validFrom, BigDecimal monthlyFee,
                      @Valid @Size(max = 20) List<BlockRequest> blocks,
                      @Valid @Size(max = 20) List<ChargeRequest> fixedCharges) {

    VersionDraft draft() {
        return new VersionDraft(validFrom, monthlyFee,
                blocks == null ? List.of() : blocks.stream()
                        .map(block -> new VersionDraft.Block(block.upToKwh(), block.pricePerKwh())).toList(),
                fixedCharges == null ? List.of() : fixedCharges.stream()
                        .map(charge -> new VersionDraft.Charge(charge.code(), charge.label(), charge.amount(),
                                charge.currency(), Boolean.TRUE.equals(charge.taxable()))).toList());
    }

    record BlockRequest(BigDecimal upToKwh, @NotNull BigDecimal pricePerKwh) {
    }

    /** @param taxable whether VAT applies; absent means no (a tax collected for others) */
    record ChargeRequest(@NotNull @Size(max = 20) String code, @NotNull @Size(max = 100) String label,
                         @NotNull BigDecimal amount, @Size(max = 3) String currency, Boolean taxable) {
    }
}
