package energy.mwolo.billing.customers;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.ProRata;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BilledContractTest {

    private static final BillingPeriod MARCH = BillingPeriod.of(2026, 3);

    private static BilledContract contract(ContractType type, ContractStatus status, LocalDate start, LocalDate end) {
        return new BilledContract(UUID.randomUUID(), "CT-2026-000001", UUID.randomUUID(), UUID.randomUUID(), false,
                type, new BigDecimal("15000"), null, null, Currency.CDF, 5, start, end, status);
    }

    @Test
    void anActiveContractInForceDuringTheMonthIsBilled() {
        assertThat(contract(ContractType.MONTHLY_FLAT_FEE, ContractStatus.ACTIVE, LocalDate.of(2025, 1, 1), null)
                .billableIn(MARCH)).isTrue();
    }

    @Test
    void aContractTerminatedDuringTheMonthGetsItsLastInvoiceForItsDays() {
        BilledContract ended = contract(ContractType.METERED, ContractStatus.TERMINATED, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 3, 10));

        assertThat(ended.billableIn(MARCH)).isTrue();
        assertThat(ended.shareOf(MARCH)).isEqualTo(new ProRata(10, 31));
        assertThat(ended.billableIn(BillingPeriod.of(2026, 4))).isFalse();
    }

    @Test
    void prepaidSuspendedDraftOrNotYetStartedContractsAreNotBilled() {
        LocalDate longAgo = LocalDate.of(2025, 1, 1);
        assertThat(contract(ContractType.PREPAID, ContractStatus.ACTIVE, longAgo, null).billableIn(MARCH)).isFalse();
        assertThat(contract(ContractType.METERED, ContractStatus.SUSPENDED, longAgo, null).billableIn(MARCH))
                .isFalse();
        assertThat(contract(ContractType.METERED, ContractStatus.DRAFT, longAgo, null).billableIn(MARCH)).isFalse();
        assertThat(contract(ContractType.METERED, ContractStatus.ACTIVE, LocalDate.of(2026, 4, 1), null)
                .billableIn(MARCH)).isFalse();
    }
}
