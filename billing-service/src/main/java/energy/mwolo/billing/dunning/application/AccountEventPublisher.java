package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.dunning.model.ContractStanding;
import energy.mwolo.billing.dunning.model.DunnedInvoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Publishes a contract's standing changes in the caller's transaction ({@code billing.account.events}). */
public interface AccountEventPublisher {

    /** AccountOverdue: {@code overdue} are the contract's overdue invoices, oldest due first (at least one). */
    void reportedOverdue(ContractStanding standing, List<DunnedInvoice> overdue, LocalDate today, Instant now);

    /** AccountSettled, by a credit note or a payment ({@code paymentId} unknown here: null). */
    void settled(ContractStanding standing, Instant now);
}
