package energy.mwolo.billing.dunning.messaging;

import energy.mwolo.billing.dunning.application.AccountEventPublisher;
import energy.mwolo.billing.dunning.model.ContractStanding;
import energy.mwolo.billing.dunning.model.DunnedInvoice;
import energy.mwolo.contracts.billing.AccountOverdue;
import energy.mwolo.contracts.billing.AccountSettled;
import energy.mwolo.platform.outbox.Outbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code billing.account.events}, key = contract id: a contract's reports and settlements stay in order. */
@Component
class OutboxAccountEvents implements AccountEventPublisher {

    private final Outbox outbox;

    OutboxAccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void reportedOverdue(ContractStanding standing, List<DunnedInvoice> overdue, LocalDate today,
                                Instant now) {
        Map<String, BigDecimal> owed = new TreeMap<>();
        overdue.forEach(invoice -> owed.merge(invoice.currency(), invoice.balance(), BigDecimal::add));
        DunnedInvoice oldest = overdue.get(0);
        int days = (int) Math.max(1, ChronoUnit.DAYS.between(oldest.dueDate(), today));
        outbox.publish(AccountOverdue.CONTRACT, standing.contractId().toString(), new AccountOverdue(
                standing.contractId(), standing.clientId(), standing.siteId(),
                owed.entrySet().stream().map(e -> new AccountOverdue.Balance(e.getKey(), e.getValue())).toList(),
                oldest.id(), oldest.number(), oldest.dueDate(), standing.stepCode(), days, now));
    }

    @Override
    public void settled(ContractStanding standing, UUID paymentId, Instant now) {
        outbox.publish(AccountSettled.CONTRACT, standing.contractId().toString(), new AccountSettled(
                standing.contractId(), standing.clientId(), standing.siteId(), now, paymentId, now));
    }
}
