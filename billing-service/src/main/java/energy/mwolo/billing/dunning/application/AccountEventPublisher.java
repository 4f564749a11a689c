package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.dunning.model.ContractStanding;
import energy.mwolo.billing.dunning.model.DunnedInvoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Publishes a contract's standing changes in the caller's transaction ({@code billing.account.events}). */
public interface AccountEventPublisher {

    /** AccountOverdue: {@code overdue} are the contract's overdue invoices, oldest due first (at least one). */
    void reportedOverdue(ContractStanding standing, List<DunnedInvoice> overdue, LocalDate today, Instant now);

    /** AccountSettled, by a payment ({@code paymentId}) or a credit note or a re-check (null). */
    void settled(ContractStanding standing, UUID paymentId, Instant now);
}
