package energy.mwolo.billing.payments.messaging;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.payments.application.PaymentEventPublisher;
import energy.mwolo.billing.payments.model.Allocation;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentEvent;
import energy.mwolo.contracts.billing.PaymentFailed;
import energy.mwolo.contracts.billing.PaymentReceived;
import energy.mwolo.platform.outbox.Outbox;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code billing.payment.events}, key = payment id: PaymentReceived when a payment is confirmed (with where its money
 * went), PaymentFailed when it fails. A later use of its credit is told by the invoices' InvoicePaid, not here.
 */
@Component
class OutboxPaymentEvents implements PaymentEventPublisher {

    private final Outbox outbox;

    OutboxPaymentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(Payment payment, List<PaymentEvent> events, Map<InvoiceId, Invoice> invoices) {
        String key = payment.id().toString();
        for (PaymentEvent event : events) {
            if (event instanceof PaymentEvent.Confirmed confirmed) {
                outbox.publish(PaymentReceived.CONTRACT, key, received(payment, confirmed, invoices));
            } else if (event instanceof PaymentEvent.Failed failed) {
                outbox.publish(PaymentFailed.CONTRACT, key, failed(payment, failed));
            }
        }
    }

    private static PaymentReceived received(Payment payment, PaymentEvent.Confirmed event,
                                            Map<InvoiceId, Invoice> invoices) {
        List<PaymentReceived.Allocation> allocations = event.allocations().stream()
                .map(allocation -> allocation(allocation, invoices.get(allocation.invoiceId()))).toList();
        boolean converted = event.allocations().stream()
                .anyMatch(allocation -> allocation.settled().currency() != payment.amount().currency());
        return new PaymentReceived(payment.id().value(), payment.number().toString(), payment.clientId(),
                payment.amount().amount(), payment.amount().currency().name(), Codes.of(payment.method()),
                payment.source().provider(), payment.source().providerTransactionId(), payment.receivedAt(),
                event.occurredAt(), converted ? payment.conversion().cdfPerUsd() : null, allocations,
                event.credit().amount(), event.occurredAt());
    }

    private static PaymentReceived.Allocation allocation(Allocation allocation, Invoice invoice) {
        return new PaymentReceived.Allocation(allocation.invoiceId().value(), invoice.number().toString(),
                allocation.settled().currency().name(), allocation.settled().amount());
    }

    private static PaymentFailed failed(Payment payment, PaymentEvent.Failed event) {
        return new PaymentFailed(payment.id().value(), payment.number().toString(), payment.clientId(),
                payment.amount().amount(), payment.amount().currency().name(), Codes.of(payment.method()),
                payment.source().provider(), payment.source().providerTransactionId(), event.reason(), null,
                event.occurredAt());
    }
}
