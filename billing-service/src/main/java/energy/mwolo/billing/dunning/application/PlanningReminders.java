package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.customers.ClientSummary;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.dunning.model.Channel;
import energy.mwolo.billing.dunning.model.DunnedInvoice;
import energy.mwolo.billing.dunning.model.DunnedInvoices;
import energy.mwolo.billing.dunning.model.DunningSchedule;
import energy.mwolo.billing.dunning.model.DunningStep;
import energy.mwolo.billing.dunning.model.DunningSteps;
import energy.mwolo.billing.dunning.model.Reminder;
import energy.mwolo.billing.dunning.model.ReminderLanguage;
import energy.mwolo.billing.dunning.model.ReminderPlan;
import energy.mwolo.billing.dunning.model.Reminders;
import energy.mwolo.billing.dunning.model.Standing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides the reminders owed today, a page of open invoices per transaction: one row per (invoice, step, channel)
 * for the step to send, rows marked skipped for the earlier steps passed over, and the contract's standing when the
 * step is the final one, all in that transaction. Two passes at once decide the same rows; the unique key keeps the
 * first.
 */
@Component
class PlanningReminders {

    private static final int PAGE = 200;

    private final DunnedInvoices invoices;
    private final DunningSteps steps;
    private final Reminders reminders;
    private final Customers customers;
    private final AccountStanding standing;
    private final TransactionTemplate transactions;

    PlanningReminders(DunnedInvoices invoices, DunningSteps steps, Reminders reminders, Customers customers,
                      AccountStanding standing, TransactionTemplate transactions) {
        this.invoices = invoices;
        this.steps = steps;
        this.reminders = reminders;
        this.customers = customers;
        this.standing = standing;
        this.transactions = transactions;
    }

    PassReport.Planned plan(LocalDate today, Instant now) {
        DunningSchedule schedule = steps.current();
        LocalDate dueBy = today.minusDays(schedule.earliestOffset());
        PassReport.Planned total = new PassReport.Planned(0, 0, 0, 0);
        UUID after = null;
        while (true) {
            List<DunnedInvoice> page = invoices.openDueBy(dueBy, after, PAGE);
            if (page.isEmpty()) {
                return total;
            }
            PassReport.Planned planned = transactions.execute(status -> planPage(page, schedule, today, now));
            total = new PassReport.Planned(total.decided() + planned.decided(), total.skipped() + planned.skipped(),
                    total.reported() + planned.reported(), total.protectedSites() + planned.protectedSites());
            after = page.get(page.size() - 1).id();
        }
    }

    private PassReport.Planned planPage(List<DunnedInvoice> page, DunningSchedule schedule, LocalDate today,
                                        Instant now) {
        int decided = 0;
        int skipped = 0;
        int reported = 0;
        int spared = 0;
        for (DunnedInvoice invoice : page) {
            ReminderPlan plan = schedule.plan(invoice.dueDate(), today, reminders.decidedSteps(invoice.id()));
            if (plan.isEmpty()) {
                continue;
            }
            Optional<ClientSummary> client = customers.client(invoice.clientId());
            String language = ReminderLanguage.of(client.map(ClientSummary::preferredLanguage).orElse(null));
            List<Reminder> rows = new ArrayList<>();
            for (DunningStep passedOver : plan.skipped()) {
                for (Channel channel : Channel.values()) {
                    rows.add(Reminder.skipped(invoice.id(), invoice.contractId(), invoice.clientId(),
                            passedOver.code(), channel, address(client, channel), language, "passed_over", now));
                }
            }
            skipped += rows.size();
            DunningStep step = plan.toSend().orElseThrow();
            for (Channel channel : Channel.values()) {
                String address = address(client, channel);
                if (address == null) {
                    rows.add(Reminder.skipped(invoice.id(), invoice.contractId(), invoice.clientId(), step.code(),
                            channel, null, language, "no_address", now));
                    skipped++;
                } else {
                    rows.add(Reminder.toSend(invoice.id(), invoice.contractId(), invoice.clientId(), step.code(),
                            channel, address, language, now));
                    decided++;
                }
            }
            reminders.decide(rows);
            if (plan.reachesFinalStep()) {
                Standing.Decision decision = standing.finalStepReached(invoice, step.code(), today);
                reported += decision == Standing.Decision.REPORT_OVERDUE ? 1 : 0;
                spared += decision == Standing.Decision.RECORD_PROTECTED ? 1 : 0;
            }
        }
        return new PassReport.Planned(decided, skipped, reported, spared);
    }

    private static String address(Optional<ClientSummary> client, Channel channel) {
        String address = client.map(c -> channel == Channel.EMAIL ? c.email() : c.phone()).orElse(null);
        return address == null || address.isBlank() ? null : address.strip();
    }
}
