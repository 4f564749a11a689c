package energy.mwolo.billing.payments.web;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.payments.model.Allocation;
import energy.mwolo.billing.payments.model.Payment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A payment with where its money went. {@code amount} and {@code credit} are in {@code currency}; an allocation's
 * {@code taken} too, its {@code settled} in the invoice's currency. {@code exchange_rate}: CDF for one USD, kept once
 * a conversion was needed. Amounts are decimal strings ({@code "12500.00"}).
 *
 * @param id                    the payment's id
 * @param number                its number, {@code PAY-<YYYY>-<NNNNNN>}
 * @param client                the CRM client who paid
 * @param contract              the CRM contract whose invoices it was meant for; null when it named none
 * @param amount                the amount received
 * @param currency              {@code CDF} or {@code USD}
 * @param method                {@code cash}, {@code bank_transfer}, {@code card} or {@code mobile_money}
 * @param status                {@code pending} (a bank transfer waiting for the bank), {@code confirmed} or
 *                              {@code failed}; only confirmed money is put on invoices
 * @param receivedOn            the Africa/Kinshasa day the money was received, ISO {@code yyyy-MM-dd}
 * @param receivedAt            when it was received, ISO-8601 UTC; the start of {@code received_on} when it was
 *                              recorded on a later day
 * @param reference             the bank's or card acquirer's reference; null when none was given
 * @param provider              for mobile money, the payer's operator: {@code mpesa}, {@code airtel}, {@code orange}
 *                              or {@code africell}; null for other methods
 * @param providerTransactionId for mobile money, the provider's transaction id; null for other methods
 * @param exchangeRate          Congolese francs for one US dollar, 4 decimals ({@code "2750.1234"}), kept once a
 *                              conversion was needed; null while none was
 * @param failureReason         why it failed ({@code insufficient_funds}, {@code cancelled_by_payer},
 *                              {@code declined}, {@code invalid_account}, {@code expired}, {@code provider_error},
 *                              {@code other}); null unless failed
 * @param credit                what it still holds for the client, not put on any invoice; {@code "0.00"} unless
 *                              confirmed
 * @param invoices              the invoices it was meant for, paid in this order; empty: the contract's (or
 *                              client's) open invoices, oldest due first
 * @param allocations           the shares of it put on invoices, in the order they were made
 */
record PaymentResponse(UUID id, String number, UUID client, UUID contract, @Schema(format = "decimal") String amount,
                       String currency,
                       String method, String status, LocalDate receivedOn, Instant receivedAt, String reference,
                       String provider, String providerTransactionId, @Schema(format = "decimal") String exchangeRate,
                       String failureReason,
                       @Schema(format = "decimal") String credit, List<UUID> invoices,
                       List<AllocationResponse> allocations) {

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

    /**
     * A share of the payment put on one invoice.
     *
     * @param invoice         the invoice it went to
     * @param invoiceNumber   that invoice's number, {@code FAC-<YYYY>-<NNNNNN>}
     * @param taken           what left the payment, in the payment's currency
     * @param settled         what came off the invoice's balance, in the invoice's currency; it differs from
     *                        {@code taken} only by the conversion
     * @param invoiceCurrency the invoice's currency, {@code CDF} or {@code USD}
     * @param returned        true when it was given back to the payment because its invoice was cancelled; it no
     *                        longer counts
     */
    record AllocationResponse(UUID invoice, String invoiceNumber, String taken, String settled,
                              String invoiceCurrency, boolean returned) {

        static AllocationResponse from(Allocation allocation, Invoice invoice) {
            return new AllocationResponse(allocation.invoiceId().value(),
                    invoice == null ? null : invoice.number().toString(), allocation.taken().text(),
                    allocation.settled().text(), allocation.settled().currency().name(), allocation.returned());
        }
    }
}
