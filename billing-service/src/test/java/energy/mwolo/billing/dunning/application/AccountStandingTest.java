package energy.mwolo.billing.dunning.application;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.customers.ClientSummary;
import energy.mwolo.billing.customers.SiteSummary;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.dunning.model.AccountStandings;
import energy.mwolo.billing.dunning.model.ContractStanding;
import energy.mwolo.billing.dunning.model.DunnedInvoice;
import energy.mwolo.billing.dunning.model.DunnedInvoices;
import energy.mwolo.billing.dunning.model.Standing;
import energy.mwolo.billing.invoices.application.InvoiceChanged;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.invoices.model.LineKind;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A contract reported at its final step and settled when its overdue balance is back to zero, the way payments will
 * settle it: {@code invoice.allocate(...)}, then the invoice publisher announcing the change.
 */
class AccountStandingTest {

    private static final UUID PAYMENT = UUID.randomUUID();

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private final Map<UUID, ContractStanding> standings = new HashMap<>();
    private final List<DunnedInvoice> stored = new ArrayList<>();
    private final List<String> published = new ArrayList<>();
    private boolean siteProtected;

    private final AccountStanding standing = new AccountStanding(new InMemoryStandings(), new StoredInvoices(),
            new Sites(), new RecordedEvents(), new BusinessTime(Clock.fixed(NOW, BusinessTime.ZONE)));

    private static Invoice overdueInvoice() {
        InvoiceSubject subject = new InvoiceSubject(UUID.randomUUID(), UUID.randomUUID(), "CT-2026-000001",
                UUID.randomUUID(), BillingPeriod.of(2026, 3), Currency.USD);
        Money amount = new Money(new BigDecimal("100.00"), Currency.USD);
        Invoice invoice = Invoice.draft(subject, List.of(new InvoiceLine(1, LineKind.FIXED_FEE, "Abonnement",
                BigDecimal.ONE, "mois", amount.amount(), Money.zero(Currency.USD), BigDecimal.ZERO, amount)), false,
                null, NOW);
        invoice.issue(new DocumentNumber("FAC", 2026, 7), LocalDate.of(2026, 4, 1), 15, NOW);
        invoice.markOverdue(LocalDate.of(2026, 4, 17), NOW);
        invoice.pullEvents();
        return invoice;
    }

    /** The invoice as the table holds it. */
    private DunnedInvoice store(Invoice invoice) {
        DunnedInvoice row = new DunnedInvoice(invoice.id().value(), invoice.number().toString(),
                invoice.subject().clientId(), invoice.subject().contractId(), invoice.subject().siteId(),
                invoice.dueDate(), invoice.currency().name(), invoice.balance().amount(),
                invoice.status().name().toLowerCase());
        stored.add(row);
        return row;
    }

    private static InvoiceChanged changeOf(Invoice invoice) {
        return new InvoiceChanged(invoice.id().value(), invoice.subject().contractId(), invoice.status(),
                invoice.dueDate(), invoice.balance(), invoice.status() == InvoiceStatus.PAID ? PAYMENT : null);
    }

    @Test
    void theFinalStepReportsTheContractOnceAndAPaymentClearingItSettlesItOnce() {
        Invoice invoice = overdueInvoice();
        DunnedInvoice row = store(invoice);

        assertThat(standing.finalStepReached(row, "j+14", TODAY)).isEqualTo(Standing.Decision.REPORT_OVERDUE);
        assertThat(standing.finalStepReached(row, "j+14", TODAY)).isEqualTo(Standing.Decision.NOTHING);
        assertThat(published).containsExactly("overdue 100.00 USD j+14 since 2026-04-16");

        invoice.allocate(invoice.balance(), PAYMENT, NOW);
        // The table still shows the invoice overdue: the change counts as the caller holds it.
        standing.onInvoiceChanged(changeOf(invoice));
        standing.onInvoiceChanged(changeOf(invoice));

        assertThat(published).containsExactly("overdue 100.00 USD j+14 since 2026-04-16", "settled");
        assertThat(standings.get(invoice.subject().contractId()).standing()).isEqualTo(Standing.SETTLED);
    }

    @Test
    void aPartialPaymentLeavesTheContractReported() {
        Invoice invoice = overdueInvoice();
        standing.finalStepReached(store(invoice), "j+14", TODAY);

        invoice.allocate(new Money(new BigDecimal("40.00"), Currency.USD), PAYMENT, NOW);
        standing.onInvoiceChanged(changeOf(invoice));

        assertThat(published).hasSize(1);
        assertThat(standings.get(invoice.subject().contractId()).standing()).isEqualTo(Standing.REPORTED);
    }

    @Test
    void aProtectedSiteIsRecordedNeverReportedAndItsSettlementPublishesNothing() {
        siteProtected = true;
        Invoice invoice = overdueInvoice();

        assertThat(standing.finalStepReached(store(invoice), "j+14", TODAY))
                .isEqualTo(Standing.Decision.RECORD_PROTECTED);
        invoice.allocate(invoice.balance(), PAYMENT, NOW);
        standing.onInvoiceChanged(changeOf(invoice));

        assertThat(published).isEmpty();
        assertThat(standings.get(invoice.subject().contractId()).standing()).isEqualTo(Standing.SETTLED);
    }

    @Test
    void aChangeToAContractNeverReportedDecidesNothing() {
        Invoice invoice = overdueInvoice();
        store(invoice);
        invoice.allocate(invoice.balance(), PAYMENT, NOW);

        standing.onInvoiceChanged(changeOf(invoice));

        assertThat(published).isEmpty();
        assertThat(standings).isEmpty();
    }

    private final class InMemoryStandings implements AccountStandings {

        @Override
        public Optional<ContractStanding> lock(UUID contractId) {
            return Optional.ofNullable(standings.get(contractId));
        }

        @Override
        public boolean create(ContractStanding standing) {
            return standings.putIfAbsent(standing.contractId(), standing) == null;
        }

        @Override
        public void update(ContractStanding standing) {
            standings.put(standing.contractId(), standing);
        }

        @Override
        public void settle(UUID contractId, Instant at) {
            ContractStanding s = standings.get(contractId);
            standings.put(contractId, new ContractStanding(s.contractId(), s.clientId(), s.siteId(), Standing.SETTLED,
                    s.stepCode(), s.invoiceId(), s.decidedAt(), at));
        }
    }

    private final class StoredInvoices implements DunnedInvoices {

        @Override
        public List<DunnedInvoice> openDueBy(LocalDate dueBy, UUID after, int limit) {
            return List.of();
        }

        @Override
        public Optional<DunnedInvoice> byId(UUID id) {
            return stored.stream().filter(i -> i.id().equals(id)).findFirst();
        }

        @Override
        public List<DunnedInvoice> overdueOf(UUID contractId, LocalDate today, UUID except) {
            return stored.stream().filter(i -> i.contractId().equals(contractId) && !i.id().equals(except))
                    .filter(i -> i.open() && i.dueDate().isBefore(today)).toList();
        }
    }

    private final class Sites implements Customers {

        @Override
        public Optional<BilledContract> contract(UUID contractId) {
            return Optional.empty();
        }

        @Override
        public Optional<ClientSummary> client(UUID clientId) {
            return Optional.empty();
        }

        @Override
        public Optional<SiteSummary> site(UUID siteId) {
            return Optional.empty();
        }

        @Override
        public boolean siteProtected(UUID siteId) {
            return siteProtected;
        }

        @Override
        public List<BilledContract> billableIn(BillingPeriod period, UUID after, int limit) {
            return List.of();
        }

        @Override
        public long countBillableIn(BillingPeriod period) {
            return 0;
        }
    }

    private final class RecordedEvents implements AccountEventPublisher {

        @Override
        public void reportedOverdue(ContractStanding standing, List<DunnedInvoice> overdue, LocalDate today,
                                    Instant now) {
            DunnedInvoice oldest = overdue.get(0);
            published.add("overdue " + oldest.balance() + " " + oldest.currency() + " " + standing.stepCode()
                    + " since " + oldest.dueDate());
        }

        @Override
        public void settled(ContractStanding standing, UUID paymentId, Instant now) {
            published.add("settled");
        }
    }
}
