package energy.mwolo.billing.runs.application;

import energy.mwolo.billing.consumption.Consumption;
import energy.mwolo.billing.consumption.Consumptions;
import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.invoices.application.Usage;
import energy.mwolo.billing.kernel.BillingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a run bills a metered contract for: the month's consumption; without it, per {@link RunSettings}, nothing
 * (the contract waits) or an estimate: the average of its last months, to the Wh, flagged.
 */
@Component
class MonthlyUsage {

    private final Consumptions consumptions;
    private final RunSettings settings;

    MonthlyUsage(Consumptions consumptions, RunSettings settings) {
        this.consumptions = consumptions;
        this.settings = settings;
    }

    /** The recorded consumption of these contracts for the month, by contract (one query per batch). */
    Map<UUID, Consumption> recorded(Collection<UUID> contracts, BillingPeriod period) {
        return consumptions.of(contracts, period);
    }

    /** Null when the contract must wait. */
    Usage of(BilledContract contract, BillingPeriod period, Consumption recorded) {
        if (recorded != null) {
            return new Usage(recorded.kwh(), recorded.estimated());
        }
        if (settings.missingConsumption() != RunSettings.MissingConsumption.ESTIMATE) {
            return null;
        }
        List<Consumption> history = consumptions.before(contract.id(), period, settings.estimateMonths());
        if (history.isEmpty()) {
            return null;
        }
        BigDecimal sum = history.stream().map(Consumption::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Usage(sum.divide(BigDecimal.valueOf(history.size()), Consumption.KWH_DECIMALS,
                RoundingMode.HALF_UP), true);
    }
}
