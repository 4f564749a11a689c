package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceNotFound;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BusinessTime;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks issued and partly paid invoices past their due date overdue (Africa/Kinshasa days), publishing
 * InvoiceOverdue once each. Idempotent: an overdue invoice is not looked at again, so running it twice, or on two
 * instances at once (each locks the invoices it takes and skips those the other holds), publishes nothing twice.
 * Works in batches, each its own transaction: a crash loses at most the batch in hand, which the next run redoes.
 */
@Service
public class MarkingOverdueInvoices {

    private static final Logger log = LoggerFactory.getLogger(MarkingOverdueInvoices.class);
    private static final int BATCH = 200;

    private final Invoices invoices;
    private final InvoiceEventPublisher events;
    private final BusinessTime time;
    private final TransactionTemplate transactions;

    MarkingOverdueInvoices(Invoices invoices, InvoiceEventPublisher events, BusinessTime time,
                           TransactionTemplate transactions) {
        this.invoices = invoices;
        this.events = events;
        this.time = time;
        this.transactions = transactions;
    }

    /** Marks what is overdue today; answers how many invoices became overdue. */
    public int markOverdue() {
        return markOverdueOn(time.today());
    }

    /**
     * One invoice looked at now, in the caller's transaction: one dated in the past may be overdue already, and
     * need not wait for the daily pass. Answers whether it became overdue.
     */
    @Transactional
    public boolean markOverdue(InvoiceId id) {
        return mark(invoices.lock(id).orElseThrow(() -> new InvoiceNotFound(id.value())), time.today());
    }

    public int markOverdueOn(LocalDate today) {
        int marked = 0;
        while (true) {
            Integer inBatch = transactions.execute(status -> batch(today));
            if (inBatch == null || inBatch == 0) {
                break;
            }
            marked += inBatch;
        }
        if (marked > 0) {
            log.info("{} invoice(s) became overdue on {}", marked, today);
        }
        return marked;
    }

    private int batch(LocalDate today) {
        List<Invoice> due = invoices.lockDueBefore(today, BATCH);
        int marked = 0;
        for (Invoice invoice : due) {
            if (mark(invoice, today)) {
                marked++;
            }
        }
        return marked;
    }

    private boolean mark(Invoice invoice, LocalDate today) {
        if (!invoice.markOverdue(today, time.now())) {
            return false;
        }
        invoices.update(invoice);
        events.publishRecordedEvents(invoice);
        return true;
    }
}
