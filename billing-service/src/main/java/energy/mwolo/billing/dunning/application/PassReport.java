package energy.mwolo.billing.dunning.application;

import java.time.LocalDate;

/**
 * What one pass did on {@code day}: invoices it marked overdue, reminders it decided to send and passed over,
 * sends that went through, will be tried again or were given up, contracts reported overdue and protected sites
 * spared.
 */
public record PassReport(LocalDate day, int markedOverdue, int remindersDecided, int remindersSkipped, int sent,
                         int retrying, int failed, int accountsReported, int protectedSites) {

    PassReport plus(Planned planned) {
        return new PassReport(day, markedOverdue, remindersDecided + planned.decided(),
                remindersSkipped + planned.skipped(), sent, retrying, failed,
                accountsReported + planned.reported(), protectedSites + planned.protectedSites());
    }

    PassReport plus(Delivered delivered) {
        return new PassReport(day, markedOverdue, remindersDecided, remindersSkipped, sent + delivered.sent(),
                retrying + delivered.retrying(), failed + delivered.failed(), accountsReported, protectedSites);
    }

    record Planned(int decided, int skipped, int reported, int protectedSites) {
    }

    record Delivered(int sent, int retrying, int failed) {
    }
}
