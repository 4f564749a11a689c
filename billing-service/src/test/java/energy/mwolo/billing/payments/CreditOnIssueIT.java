package energy.mwolo.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.invoices.application.Issuance;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.billing.invoices.model.LineKind;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A billing run's batch path: the clients' credit pays their new invoices in the batch's transaction. */
class CreditOnIssueIT extends AbstractApiIT {

    @Autowired
    private Issuance issuance;

    @Autowired
    private TransactionTemplate transactions;

    private static Invoice draft(UUID client, String total) {
        Money amount = new Money(new BigDecimal(total), Currency.CDF);
        InvoiceSubject subject = new InvoiceSubject(client, UUID.randomUUID(), "CT-2026-999999", UUID.randomUUID(),
                BillingPeriod.of(2026, 3), Currency.CDF);
        InvoiceLine line = new InvoiceLine(1, LineKind.FIXED_FEE, "Abonnement", BigDecimal.ONE, "mois",
                amount.amount(), Money.zero(Currency.CDF), BigDecimal.ZERO, amount);
        return Invoice.draft(subject, List.of(line), false, null, Instant.now());
    }

    private BigDecimal paidOn(Invoice invoice) {
        return jdbc.sql("select amount_paid from invoices where id = ?").param(invoice.id().value())
                .query(BigDecimal.class).single();
    }

    @Test
    void aBatchOfNewInvoicesTakesTheCreditOfTheClientsHoldingSomeAndLeavesTheOthersUntouched() {
        UUID withCredit = client();
        UUID without = client();
        Map<String, Object> body = Map.of("client", withCredit.toString(), "amount", "150.00", "currency", "CDF",
                "method", "cash", "received_on", BusinessTime.system().today().toString());
        assertThat(api.post("/api/billing/payments/", body).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send().status()).isEqualTo(201);
        Invoice first = draft(withCredit, "100.00");
        Invoice second = draft(withCredit, "100.00");
        Invoice other = draft(without, "100.00");

        transactions.executeWithoutResult(status -> issuance.issueAndStore(List.of(first, other, second),
                LocalDate.now(BusinessTime.ZONE), Instant.now()));

        assertThat(paidOn(first)).isEqualByComparingTo("100.00");
        assertThat(paidOn(second)).isEqualByComparingTo("50.00");
        assertThat(paidOn(other)).isEqualByComparingTo("0.00");
        assertThat(jdbc.sql("select status from invoices where id = ?").param(first.id().value())
                .query(String.class).single()).isEqualTo("paid");
        assertThat(jdbc.sql("select coalesce(sum(amount), 0) from client_credits where client_id = ?")
                .param(withCredit).query(BigDecimal.class).single()).isEqualByComparingTo("0");
    }
}
