package energy.mwolo.billing.payments.web;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.payments.model.Allocation;
import energy.mwolo.billing.payments.model.Payment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A payment with where its money went. {@code amount} and {@code credit} are in {@code currency}; an allocation's
 * {@code taken} too, its {@code settled} in the invoice's currency. {@code exchange_rate}: CDF for one USD, kept once
 * a conversion was needed.
 */
record PaymentResponse(UUID id, String number, UUID client, UUID contract, String amount, String currency,
                       String method, String status, LocalDate receivedOn, Instant receivedAt, String reference,
                       String provider, String providerTransactionId, String exchangeRate, String failureReason,
                       String credit, List<UUID> invoices, List<AllocationResponse> allocations) {

    static PaymentResponse from(Payment payment, Map<InvoiceId, Invoice> invoices) {
        return new PaymentResponse(payment.id().value(), payment.number().toString(), payment.clientId(),
                payment.target().contractId(), payment.amount().text(), payment.amount().currency().name(),
                Codes.of(payment.method()), Codes.of(payment.status()), payment.receivedDay(), payment.receivedAt(),
                payment.source().externalReference(), payment.source().provider(),
                payment.source().providerTransactionId(),
                payment.conversion() == null ? null : payment.conversion().cdfPerUsd().toPlainString(),
                payment.failureReason(), payment.credit().text(),
                payment.target().invoices().stream().map(InvoiceId::value).toList(),
                payment.allocations().stream()
                        .map(allocation -> AllocationResponse.from(allocation, invoices.get(allocation.invoiceId())))
                        .toList());
    }

    /** {@code returned}: given back to the payment when its invoice was cancelled; it no longer counts. */
    record AllocationResponse(UUID invoice, String invoiceNumber, String taken, String settled,
                              String invoiceCurrency, boolean returned) {

        static AllocationResponse from(Allocation allocation, Invoice invoice) {
            return new AllocationResponse(allocation.invoiceId().value(),
                    invoice == null ? null : invoice.number().toString(), allocation.taken().text(),
                    allocation.settled().text(), allocation.settled().currency().name(), allocation.returned());
        }
    }
}
