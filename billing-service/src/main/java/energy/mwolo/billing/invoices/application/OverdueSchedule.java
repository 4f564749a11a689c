package energy.mwolo.billing.invoices.application;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for overdue invoices every day ({@code mwolo.billing.invoices.overdue-cron}, Kinshasa time). */
@Component
class OverdueSchedule {

    private final MarkingOverdueInvoices marking;

    OverdueSchedule(MarkingOverdueInvoices marking) {
        this.marking = marking;
    }

    @Scheduled(cron = "${mwolo.billing.invoices.overdue-cron:0 15 0 * * *}", zone = "Africa/Kinshasa")
    void markOverdue() {
        marking.markOverdue();
    }
}
