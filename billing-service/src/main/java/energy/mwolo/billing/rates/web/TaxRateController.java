package energy.mwolo.billing.rates.web;

import energy.mwolo.billing.rates.application.ManagingTaxRates;
import energy.mwolo.billing.rates.model.TaxRate;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tax rates with their start days; {@code ?code=vat&date=2026-03-01} answers the one in force that day. */
@RestController
@RequestMapping("/api/billing/tax-rates")
class TaxRateController {

    private final ManagingTaxRates rates;

    TaxRateController(ManagingTaxRates rates) {
        this.rates = rates;
    }

    @Operation(summary = "Lister les taux de TVA")
    @GetMapping({"", "/"})
    List<TaxRateResponse> list(@RequestParam(required = false) String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            CurrentUser user) {
        if (date != null) {
            return List.of(TaxRateResponse.from(rates.inForce(code, date, user)));
        }
        return rates.all(user).stream()
                .filter(rate -> code == null || code.isBlank() || rate.code().equals(code.strip()))
                .map(TaxRateResponse::from).toList();
    }

    @Operation(summary = "Enregistrer un taux de TVA")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<TaxRateResponse> record(@RequestBody @Valid TaxRateRequest request, CurrentUser user) {
        TaxRate rate = rates.record(request.code(), request.rate(), request.validFrom(), user);
        return ResponseEntity.created(URI.create("/api/billing/tax-rates/?code=" + rate.code() + "&date="
                + rate.validFrom())).body(TaxRateResponse.from(rate));
    }

    /**
     * A tax rate in force from a day until the next rate of the same code starts; invoices already made keep the
     * rate they were computed with.
     *
     * @param code      the tax's code, 2 to 30 lowercase letters, digits and {@code _}, starting with a letter;
     *                  {@code vat} when absent
     * @param rate      a fraction from 0 to 1, at most 4 decimals: {@code "0.16"} for 16 %
     * @param validFrom the first day it applies, ISO {@code yyyy-MM-dd}; one rate per code and day
     */
    record TaxRateRequest(@Size(max = 30) String code, @NotNull BigDecimal rate, @NotNull LocalDate validFrom) {
    }

    /**
     * A tax rate and the day it applies from; it holds until the next rate of its code starts.
     *
     * @param code      the tax's code ({@code vat})
     * @param rate      the rate as a fraction, a decimal string with 4 decimals ({@code "0.1600"})
     * @param percent   the same rate as a percentage for people ({@code "16"})
     * @param validFrom the first day it applies, ISO {@code yyyy-MM-dd}
     */
    record TaxRateResponse(String code, @Schema(format = "decimal") String rate, String percent, LocalDate validFrom) {

        static TaxRateResponse from(TaxRate rate) {
            return new TaxRateResponse(rate.code(), rate.rate().toPlainString(), rate.percent().toPlainString(),
                    rate.validFrom());
        }
    }
}
