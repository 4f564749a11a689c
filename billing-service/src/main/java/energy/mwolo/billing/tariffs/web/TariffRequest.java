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
 * {@link VersionRequest}.
 */
record TariffRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 100) String name,
                     @NotBlank String currency, @NotNull LocalDate validFrom, BigDecimal monthlyFee,
                     @Valid @Size(max = 20) List<VersionRequest.BlockRequest> blocks,
                     @Valid @Size(max = 20) List<VersionRequest.ChargeRequest> fixedCharges) {

    VersionRequest version() {
        return new VersionRequest(validFrom, monthlyFee, blocks, fixedCharges);
    }
}
