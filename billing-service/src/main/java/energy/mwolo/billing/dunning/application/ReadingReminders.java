package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.dunning.model.DunnedInvoices;
import energy.mwolo.billing.dunning.model.Reminder;
import energy.mwolo.billing.dunning.model.Reminders;
import energy.mwolo.billing.invoices.model.InvoiceNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An invoice's reminders, for staff (sales agents included); customers get 403. */
@Service
public class ReadingReminders {

    private final Reminders reminders;
    private final DunnedInvoices invoices;

    ReadingReminders(Reminders reminders, DunnedInvoices invoices) {
        this.reminders = reminders;
        this.invoices = invoices;
    }

    @Transactional(readOnly = true)
    public List<Reminder> ofInvoice(UUID invoiceId, CurrentUser user) {
        BillingAccess.requireStaffRead(user);
        if (invoices.byId(invoiceId).isEmpty()) {
            throw new InvoiceNotFound(invoiceId);
        }
        return reminders.ofInvoice(invoiceId);
    }
}
