package energy.mwolo.billing.tariffs.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new tariff: its code ({@code RES-SOCIAL}), name, currency (USD or CDF) and its first version's prices, as in
 * {@link VersionRequest}. A code names one tariff for ever: a second tariff with it is refused.
 *
 * @param code         the code contracts name the tariff by: 2 to 32 capital letters, digits and dashes, not
 *                     starting with a dash; typed in any case ({@code RES-SOCIAL})
 * @param name         the tariff's name as people know it, 100 characters at most
 * @param currency     {@code USD} or {@code CDF}: the currency of its monthly fee and kWh prices
 * @param validFrom    the first day of its first prices, ISO {@code yyyy-MM-dd}
 * @param monthlyFee   the monthly subscription in the tariff's currency, 2 decimals at most; absent for none
 * @param blocks       the kWh price blocks, 20 at most, ascending {@code up_to_kwh}, the last one without; none for a
 *                     flat tariff
 * @param fixedCharges charges billed every month on top of energy, 20 at most
 */
record TariffRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 100) String name,
                     @NotBlank String currency, @NotNull LocalDate validFrom, BigDecimal monthlyFee,
                     @Valid @Size(max = 20) List<VersionRequest.BlockRequest> blocks,
                     @Valid @Size(max = 20) List<VersionRequest.ChargeRequest> fixedCharges) {

    VersionRequest version() {
        return new VersionRequest(validFrom, monthlyFee, blocks, fixedCharges);
    }
}
