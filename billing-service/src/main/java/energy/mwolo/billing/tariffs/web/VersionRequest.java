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
 * default). Amounts are decimal strings. A version needs a fee, a block or a charge; months before it keep their
 * prices.
 *
 * @param validFrom    the first day of these prices, ISO {@code yyyy-MM-dd}; after the latest version's
 * @param monthlyFee   the monthly subscription in the tariff's currency, 2 decimals at most; absent for none
 * @param blocks       the kWh price blocks, 20 at most, ascending {@code up_to_kwh}, the last one without; none for a
 *                     flat tariff
 * @param fixedCharges charges billed every month on top of energy, 20 at most
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

    /**
     * A block of a month's consumption: the kWh above the previous block's bound, up to this one's, cost
     * {@code price_per_kwh} each.
     *
     * @param upToKwh     the block's upper bound in kWh, included, positive, 3 decimals at most; absent for the last
     *                    block ("and above"), and only for it
     * @param pricePerKwh the price of one kWh in the tariff's currency, not negative, 4 decimals at most
     */
    record BlockRequest(BigDecimal upToKwh, @NotNull BigDecimal pricePerKwh) {
    }

    /**
     * A named amount billed every month on top of energy ({@code ECL-PUB}, the public-lighting tax: 500 CDF).
     *
     * @param code     the charge's code, 20 characters at most ({@code ECL-PUB})
     * @param label    the charge as the invoice line shows it, 100 characters at most
     * @param amount   the monthly amount, positive, 2 decimals at most, in {@code currency}
     * @param currency {@code CDF} or {@code USD}; absent: the tariff's
     * @param taxable  whether VAT applies; absent means no (a tax collected for others)
     */
    record ChargeRequest(@NotNull @Size(max = 20) String code, @NotNull @Size(max = 100) String label,
                         @NotNull BigDecimal amount, @Size(max = 3) String currency, Boolean taxable) {
    }
}
