package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a client owes and paid, read from invoices, credit notes and payments. */
public interface AccountBook {

    boolean clientExists(UUID clientId);

    /** The client of a contract billing knows, or null. */
    UUID clientOfContract(UUID contractId);

    /** Open invoices' balances per contract and currency, and their overdue part. */
    List<ContractBalance> openBalances(UUID clientId, UUID contractId);

    /** Every line of the client's account up to {@code to} included, in date order. */
    List<StatementLine> lines(UUID clientId, LocalDate to);

    record ContractBalance(UUID contractId, String contractNumber, Money open, Money overdue) {
    }

    /**
     * One line of a statement in one currency: an invoice is a debit; a credit note or a payment a credit. A payment
     * that paid invoices of the other currency shows, in that currency, what it settled there.
     */
    record StatementLine(LocalDate date, String kind, UUID id, String number, Money debit, Money credit) {
    }
}
