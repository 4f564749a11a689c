package energy.mwolo.billing.runs.application;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.consumption.Consumption;
import energy.mwolo.billing.consumption.Consumptions;
import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.customers.ContractStatus;
import energy.mwolo.billing.customers.ContractType;
import energy.mwolo.billing.invoices.application.Usage;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MonthlyUsageTest {

    private static final BillingPeriod MARCH = BillingPeriod.of(2026, 3);
    private static final BilledContract CONTRACT = new BilledContract(UUID.randomUUID(), "CT-2026-000001",
            UUID.randomUUID(), UUID.randomUUID(), false, ContractType.METERED, null, new BigDecimal("250"), null,
            Currency.CDF, 5, LocalDate.of(2025, 1, 1), null, ContractStatus.ACTIVE);

    private static MonthlyUsage usage(RunSettings.MissingConsumption policy, List<Consumption> history) {
        return new MonthlyUsage(new History(history),
                new RunSettings("-", 500, policy, 3, Duration.ofMinutes(2)));
    }

    private static Consumption month(int month, String kwh, boolean estimated) {
        return new Consumption(CONTRACT.id(), BillingPeriod.of(2026, month), new BigDecimal(kwh), estimated,
                "operations");
    }

    @Test
    void theMonthsConsumptionIsBilledAsRecordedEstimatedOrNot() {
        Usage used = usage(RunSettings.MissingConsumption.WAIT, List.of()).of(CONTRACT, MARCH,
                month(3, "123.456", true));

        assertThat(used).isEqualTo(new Usage(new BigDecimal("123.456"), true));
    }

    @Test
    void withoutConsumptionTheContractWaitsByDefault() {
        assertThat(usage(RunSettings.MissingConsumption.WAIT, List.of(month(2, "100", false)))
                .of(CONTRACT, MARCH, null)).isNull();
    }

    @Test
    void anEstimateIsTheAverageOfTheLastMonthsToTheWattHourAndFlagged() {
        MonthlyUsage estimating = usage(RunSettings.MissingConsumption.ESTIMATE,
                List.of(month(2, "100", false), month(1, "110", false), month(12, "121", false)));

        assertThat(estimating.of(CONTRACT, MARCH, null)).isEqualTo(new Usage(new BigDecimal("110.333"), true));
    }

    @Test
    void aContractWithoutHistoryWaitsEvenWhenEstimating() {
        assertThat(usage(RunSettings.MissingConsumption.ESTIMATE, List.of()).of(CONTRACT, MARCH, null)).isNull();
    }

    /** Past months, latest first, as the store answers them. */
    private record History(List<Consumption> months) implements Consumptions {

        @Override
        public Optional<Consumption> of(UUID contractId, BillingPeriod period) {
            return Optional.empty();
        }

        @Override
        public Map<UUID, Consumption> of(Collection<UUID> contractIds, BillingPeriod period) {
            return Map.of();
        }

        @Override
        public List<Consumption> before(UUID contractId, BillingPeriod period, int count) {
            return months.stream().limit(count).toList();
        }

        @Override
        public long count(UUID contractId, BillingPeriod period) {
            return 0;
        }

        @Override
        public List<Consumption> find(UUID contractId, BillingPeriod period, long offset, int limit) {
            return List.of();
        }
    }
}
