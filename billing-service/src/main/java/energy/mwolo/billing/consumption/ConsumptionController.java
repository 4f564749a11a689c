package energy.mwolo.billing.consumption;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Consumption per contract and month: staff read it ({@code contract}, {@code period}); accountants enter it. */
@RestController
@RequestMapping("/api/billing/consumptions")
class ConsumptionController {

    private final RecordingConsumption recording;
    private final Consumptions consumptions;

    ConsumptionController(RecordingConsumption recording, Consumptions consumptions) {
        this.recording = recording;
        this.consumptions = consumptions;
    }

    @Operation(summary = "Lister les consommations par contrat et par mois")
    @GetMapping({"", "/"})
    PageResponse<ConsumptionResponse> list(@RequestParam(required = false) UUID contract,
                                           @RequestParam(required = false) String period, PageQuery page,
                                           CurrentUser user) {
        BillingAccess.requireStaffRead(user);
        BillingPeriod month = period == null ? null : BillingPeriod.parse(period, "period");
        return PageResponse.of(page, consumptions.count(contract, month),
                consumptions.find(contract, month, page.offset(), page.limit())).map(ConsumptionResponse::from);
    }

    @Operation(summary = "Saisir une consommation à facturer")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<ConsumptionResponse> enter(@RequestBody @Valid ConsumptionRequest request, CurrentUser user) {
        Consumption consumption = recording.enter(request.contract(), request.period(), request.kwh(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(ConsumptionResponse.from(consumption));
    }

    /**
     * A month's consumption of a metered contract, entered by an accountant while its meters are read by hand. It
     * replaces the figure held for that contract and month; an invoice already made keeps the figure it used.
     *
     * @param contract the CRM contract that consumed it; it must be a metered contract
     * @param period   the month consumed, {@code YYYY-MM} ({@code "2026-03"})
     * @param kwh      kWh consumed over the month, not negative, 3 decimals at most ({@code 245.5})
     */
    record ConsumptionRequest(@NotNull UUID contract, @NotNull String period, @NotNull BigDecimal kwh) {
    }

    /**
     * The kWh a metered contract consumed over a month, as billing will invoice it.
     *
     * @param contract  the CRM contract that consumed it
     * @param period    the month consumed, {@code YYYY-MM}
     * @param kwh       kWh consumed over the month, a decimal string with 3 decimals ({@code "245.500"})
     * @param estimated true when operations estimated it for lack of readings; the invoice then says so
     * @param source    where the figure comes from: {@code operations} (computed from meter readings) or
     *                  {@code manual} (entered by an accountant)
     */
    record ConsumptionResponse(UUID contract, String period, @Schema(format = "decimal") String kwh,
                               boolean estimated, String source) {

        static ConsumptionResponse from(Consumption consumption) {
            return new ConsumptionResponse(consumption.contractId(), consumption.period().toString(),
                    consumption.kwh().toPlainString(), consumption.estimated(), consumption.source());
        }
    }
}
