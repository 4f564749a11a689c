package energy.mwolo.operations.consumption.web;

import energy.mwolo.operations.consumption.application.ShowingConsumption;
import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A contract's consumption for {@code period} ({@code YYYY-MM}, Africa/Kinshasa; the current month when absent). */
@RestController
class ConsumptionController {

    private final ShowingConsumption showing;

    ConsumptionController(ShowingConsumption showing) {
        this.showing = showing;
    }

    @Operation(summary = "Consommation d'un contrat par période")
    @GetMapping({"/api/operations/contracts/{id}/consumption", "/api/operations/contracts/{id}/consumption/"})
    ConsumptionResponse show(@PathVariable UUID id, @RequestParam(required = false) String period, CurrentUser user) {
        return ConsumptionResponse.from(showing.show(id, period(period), user));
    }

    private static BillingPeriod period(String text) {
        if (text == null || text.isBlank()) {
            return BillingPeriod.of(LocalDate.now(BusinessTime.ZONE));
        }
        try {
            return new BillingPeriod(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidField("period", "consumption.period.invalid", text);
        }
    }
}
