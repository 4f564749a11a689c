package energy.mwolo.billing.devdata;

import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.invoices.application.DraftingInvoice;
import energy.mwolo.billing.invoices.application.IssuingInvoice;
import energy.mwolo.billing.invoices.application.MarkingOverdueInvoices;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.payments.application.RecordingPayment;
import energy.mwolo.billing.rates.application.ReadingExchangeRates;
import energy.mwolo.billing.rates.application.RecordingExchangeRate;
import energy.mwolo.billing.rates.model.ExchangeRateMissing;
import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.contracts.devdata.DevRates;
import energy.mwolo.platform.devdata.RetriedSeed;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The billing history of the dev customer's home contract, so that a person signed in as {@code client@mwolo.local}
 * finds what a customer of some months has: the month before last, issued on its first day and paid in cash at the
 * counter nine days later; last month, issued on its first day and overdue since its due date passed; this month,
 * issued today and open, the one to pay by mobile money (devstack/README.md); a month the contract does not cover
 * is left out. Everything goes through the use cases in the dev super administrator's name (drafting prices the
 * months as any draft, issuing numbers them in date order, the payment is allocated and settles the invoice), so it
 * is announced on billing's topics like anything else, reminders and the overdue report included. crm's contract comes by events in its own time, so this tries
 * every {@code mwolo.dev-data.retry-every} until done, the invoices and payment in one transaction. It is seeded
 * once: with the month before last invoiced, a restart (or a later month, whose month before last is then invoiced)
 * adds nothing; a month a billing run invoiced first is left to it. Never active in another profile.
 */
@Component
@Profile("dev")
class DevBillingHistory extends RetriedSeed {

    static final String COUNTER_REFERENCE = "Guichet Agence de Kinshasa-Gombe";
    static final int PAID_AFTER_DAYS = 9;
    private static final CurrentUser SEEDER = CurrentUser.superAdmin(DevCustomer.seedingUserId());
    private static final Logger log = LoggerFactory.getLogger(DevBillingHistory.class);

    private final Customers customers;
    private final Invoices invoices;
    private final DraftingInvoice drafting;
    private final IssuingInvoice issuing;
    private final MarkingOverdueInvoices overdue;
    private final RecordingPayment payments;
    private final ReadingExchangeRates rates;
    private final RecordingExchangeRate enteringRate;
    private final BusinessTime time;
    private final TransactionTemplate transactions;

    DevBillingHistory(Customers customers, Invoices invoices, DraftingInvoice drafting,
                      IssuingInvoice issuing, MarkingOverdueInvoices overdue, RecordingPayment payments,
                      ReadingExchangeRates rates, RecordingExchangeRate enteringRate, BusinessTime time,
                      TransactionTemplate transactions) {
        this.customers = customers;
        this.invoices = invoices;
        this.drafting = drafting;
        this.issuing = issuing;
        this.overdue = overdue;
        this.payments = payments;
        this.rates = rates;
        this.enteringRate = enteringRate;
        this.time = time;
        this.transactions = transactions;
    }

    /** Seeds what is missing; false while billing has not heard of the home contract from crm yet. */
    @Override
    public boolean seed() {
        Optional<BilledContract> home = customers.contract(DevCustomer.homeContractId());
        if (home.isEmpty()) {
            log.debug("Dev billing history: the home contract is not known yet");
            return false;
        }
        YearMonth thisMonth = YearMonth.from(time.today());
        BillingPeriod paidMonth = new BillingPeriod(thisMonth.minusMonths(2));
        if (Boolean.TRUE.equals(transactions.execute(status -> invoiced(home.get(), paidMonth)))) {
            return true;
        }
        rateOfToday();
        transactions.executeWithoutResult(status -> history(home.get(), thisMonth));
        return true;
    }

    /** A month already invoiced (by this seed at an earlier start, or by a billing run) is left as it is. */
    private boolean invoiced(BilledContract contract, BillingPeriod month) {
        return !invoices.invoicedAmong(Set.of(contract.id()), month).isEmpty();
    }

    private boolean toSeed(BilledContract contract, BillingPeriod month) {
        return contract.billableIn(month) && !invoiced(contract, month);
    }

    /** Drafting prices the lighting tax in francs at today's rate: the devstack's when none was entered. */
    private void rateOfToday() {
        try {
            rates.effectiveOn(time.today(), SEEDER);
        } catch (ExchangeRateMissing missing) {
            enteringRate.record(time.today(), DevRates.CDF_PER_USD, SEEDER);
        }
    }

    /**
     * Each month the contract covers and nobody invoiced yet: a contract started later (a database seeded by an
     * earlier version, whose contract starts this month) has fewer, and a month a billing run invoiced first is kept.
     */
    private void history(BilledContract home, YearMonth thisMonth) {
        BillingPeriod paidMonth = new BillingPeriod(thisMonth.minusMonths(2));
        if (toSeed(home, paidMonth)) {
            Invoice paid = issued(home, paidMonth, paidMonth.firstDay());
            LocalDate paidOn = paidMonth.firstDay().plusDays(PAID_AFTER_DAYS);
            payments.record(new RecordingPayment.Entry(home.clientId(), paid.balance().amount(),
                    paid.currency().name(), "cash", paidOn, COUNTER_REFERENCE, List.of(paid.id().value()),
                    home.id()), SEEDER);
            log.info("Dev billing history: {} of {} paid on {}", paid.number(), paidMonth, paidOn);
        }
        BillingPeriod unpaidMonth = new BillingPeriod(thisMonth.minusMonths(1));
        if (toSeed(home, unpaidMonth)) {
            Invoice unpaid = issued(home, unpaidMonth, unpaidMonth.firstDay());
            overdue.markOverdue(unpaid.id());
            log.info("Dev billing history: {} of {} unpaid, due {}", unpaid.number(), unpaidMonth, unpaid.dueDate());
        }
        BillingPeriod openMonth = new BillingPeriod(thisMonth);
        if (toSeed(home, openMonth)) {
            Invoice open = issued(home, openMonth, time.today());
            log.info("Dev billing history: {} of {} issued today, to pay", open.number(), thisMonth);
        }
    }

    private Invoice issued(BilledContract contract, BillingPeriod month, LocalDate day) {
        Invoice draft = drafting.draft(contract.id(), month.toString(), SEEDER);
        return issuing.issueDatedOn(draft.id(), day, SEEDER);
    }
}
