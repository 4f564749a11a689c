package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.dunning.model.AccountStandings;
import energy.mwolo.billing.dunning.model.ContractStanding;
import energy.mwolo.billing.dunning.model.DunnedInvoice;
import energy.mwolo.billing.dunning.model.DunnedInvoices;
import energy.mwolo.billing.dunning.model.Standing;
import energy.mwolo.billing.invoices.application.InvoiceChanged;
import energy.mwolo.billing.kernel.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's standing towards disconnection. At an invoice's final step the contract is reported overdue
 * (AccountOverdue, once until settled; overdue means open and past its due date), unless its site is protected: then the decision is recorded and nothing is
 * published. When its overdue balance is back to zero, by a credit note or a payment, a reported contract is settled
 * (AccountSettled, once). Decisions about one contract are taken under its standing row's lock, so a pass and a
 * payment, or two passes, never decide twice.
 */
@Service
public class AccountStanding {

    private static final Logger log = LoggerFactory.getLogger(AccountStanding.class);

    private final AccountStandings standings;
    private final DunnedInvoices invoices;
    private final Customers customers;
    private final AccountEventPublisher events;
    private final BusinessTime time;

    AccountStanding(AccountStandings standings, DunnedInvoices invoices, Customers customers,
                    AccountEventPublisher events, BusinessTime time) {
        this.standings = standings;
        this.invoices = invoices;
        this.customers = customers;
        this.events = events;
        this.time = time;
    }

    /** The final step of {@code invoice} came on {@code today}: what it did to its contract. */
    @Transactional
    public Standing.Decision finalStepReached(DunnedInvoice invoice, String stepCode, LocalDate today) {
        UUID contractId = invoice.contractId();
        Optional<ContractStanding> current = standings.lock(contractId);
        Standing.Decision decision = Standing.atFinalStep(current.map(ContractStanding::standing),
                siteProtected(invoice));
        List<DunnedInvoice> overdue = invoices.overdueOf(contractId, today, null);
        if (decision == Standing.Decision.NOTHING || overdue.isEmpty()) {
            return Standing.Decision.NOTHING;
        }
        Instant now = time.now();
        Standing standing = decision == Standing.Decision.REPORT_OVERDUE ? Standing.REPORTED : Standing.PROTECTED;
        ContractStanding decided = new ContractStanding(contractId, invoice.clientId(), invoice.siteId(), standing,
                stepCode, invoice.id(), now, null);
        if (current.isPresent()) {
            standings.update(decided);
        } else if (!standings.create(decided)) {
            return Standing.Decision.NOTHING;
        }
        if (standing == Standing.REPORTED) {
            events.reportedOverdue(decided, overdue, today, now);
            log.info("Contract {} reported overdue for disconnection at step {}", contractId, stepCode);
        } else {
            log.info("Contract {} reached step {} but its site is protected: not reported", contractId, stepCode);
        }
        return decision;
    }

    /** Settles the contract once if it was reported and nothing of it is overdue any more. */
    @Transactional
    public void recheck(UUID contractId) {
        settleIfClear(contractId, invoices.overdueOf(contractId, time.today(), null).isEmpty(), null);
    }

    /**
     * Every change of an invoice, in its transaction: the changed invoice counts as the caller holds it (its row may
     * not be written yet), the contract's other invoices as stored.
     */
    @EventListener
    @Transactional
    public void onInvoiceChanged(InvoiceChanged change) {
        LocalDate today = time.today();
        boolean stillOverdue = change.status().isOpen() && change.balance().amount().signum() > 0
                && change.dueDate() != null && change.dueDate().isBefore(today);
        settleIfClear(change.contractId(),
                !stillOverdue && invoices.overdueOf(change.contractId(), today, change.invoiceId()).isEmpty(),
                change.paymentId());
    }

    /** @param paymentId the payment whose change cleared the contract, null when none did */
    private void settleIfClear(UUID contractId, boolean nothingOverdue, UUID paymentId) {
        Optional<ContractStanding> current = standings.lock(contractId);
        Standing.Decision decision = Standing.afterBalanceChange(current.map(ContractStanding::standing),
                !nothingOverdue);
        if (decision == Standing.Decision.NOTHING) {
            return;
        }
        Instant now = time.now();
        standings.settle(contractId, now);
        if (decision == Standing.Decision.PUBLISH_SETTLED) {
            events.settled(current.get(), paymentId, now);
            log.info("Contract {} settled: nothing overdue left", contractId);
        }
    }

    private boolean siteProtected(DunnedInvoice invoice) {
        return customers.siteProtected(invoice.siteId())
                || customers.contract(invoice.contractId()).map(BilledContract::siteProtected).orElse(false);
    }
}
