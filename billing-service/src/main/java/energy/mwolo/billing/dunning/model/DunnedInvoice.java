package energy.mwolo.billing.dunning.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What dunning reads of an invoice: whom it bills, when it is due, what is left to pay. */
public record DunnedInvoice(UUID id, String number, UUID clientId, UUID contractId, UUID siteId, LocalDate dueDate,
                            String currency, BigDecimal balance, String status) {

    /** Issued, partly paid or overdue, with something left to pay: reminders concern it. */
    public boolean open() {
        return (status.equals("issued") || status.equals("partially_paid") || status.equals("overdue"))
                && balance.signum() > 0;
    }
}
