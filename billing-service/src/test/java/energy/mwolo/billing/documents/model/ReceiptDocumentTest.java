package energy.mwolo.billing.documents.model;

import static energy.mwolo.billing.documents.DocumentFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import energy.mwolo.billing.documents.DocumentFixtures;
import energy.mwolo.billing.documents.model.ReceiptDocument.Allocation;
import energy.mwolo.billing.documents.model.ReceiptDocument.Method;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptDocumentTest {

    private static final Instant AT = Instant.parse("2026-04-10T09:00:00Z");

    @Test
    void allocationsAndCreditInThePaymentsCurrencyAddUpToTheAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> receipt(Method.CASH, null, null, usd("100.00"), null,
                List.of(new Allocation("FAC-2026-000001", usd("60.00"))), usd("30.00")))
                .withMessageContaining("allocations and credit");
    }

    @Test
    void aConvertedAllocationNeedsTheRateItWasConvertedAt() {
        Money francs = new Money(new BigDecimal("280000"), Currency.CDF);
        assertThatIllegalArgumentException().isThrownBy(() -> receipt(Method.CASH, null, null, francs, null,
                List.of(new Allocation("FAC-2026-000001", usd("100.00"))), Money.zero(francs.currency())))
                .withMessageContaining("exchange rate");
    }

    @Test
    void anInvoiceIsAllocatedOnceOnAReceipt() {
        assertThatIllegalArgumentException().isThrownBy(() -> receipt(Method.CASH, null, null, usd("100.00"), null,
                List.of(new Allocation("FAC-2026-000001", usd("60.00")),
                        new Allocation("FAC-2026-000001", usd("40.00"))), usd("0")))
                .withMessageContaining("allocated twice");
    }

    @Test
    void aProviderGoesWithMobileMoneyOnlyAndWithItsTransactionId() {
        assertThatIllegalArgumentException().isThrownBy(() -> receipt(Method.CASH, "mpesa", "MP1", usd("10.00"),
                null, List.of(), usd("10.00")));
        assertThatIllegalArgumentException().isThrownBy(() -> receipt(Method.MOBILE_MONEY, null, null,
                usd("10.00"), null, List.of(), usd("10.00")));
        assertThatIllegalArgumentException().isThrownBy(() -> receipt(Method.MOBILE_MONEY, "mpesa", " ",
                usd("10.00"), null, List.of(), usd("10.00")));
    }

    @Test
    void namesProvidersAsClientsKnowThem() {
        assertThat(DocumentFixtures.convertedReceipt().providerName()).isEqualTo("M-Pesa");
        assertThat(receipt(Method.MOBILE_MONEY, "africell", "AF-1", usd("10.00"), null, List.of(), usd("10.00"))
                .providerName()).isEqualTo("Afrimoney");
    }

    private static ReceiptDocument receipt(Method method, String provider, String transaction, Money amount,
                                           BigDecimal rate, List<Allocation> allocations, Money credit) {
        return new ReceiptDocument("PAY-2026-000001", AT, DocumentFixtures.customer(), method, provider, transaction,
                amount, rate, allocations, credit);
    }
}
