package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** The payments' refusals, each with its stable code ({@code billing.payment.*}) and status. */
public final class PaymentRefused extends DomainException {

    private PaymentRefused(ErrorKind kind, String code, String field, Object... args) {
        super(kind, code, field, args);
    }

    static PaymentRefused notFound(UUID id) {
        return new PaymentRefused(ErrorKind.NOT_FOUND, "billing.payment.not_found", null, id);
    }

    static PaymentRefused clientNotFound(UUID id) {
        return new PaymentRefused(ErrorKind.NOT_FOUND, "billing.client.not_found", null, id);
    }

    static PaymentRefused unknownClient(UUID id) {
        return new PaymentRefused(ErrorKind.UNPROCESSABLE, "billing.payment.client_unknown", "client", id);
    }

    static PaymentRefused contractOfAnotherClient(UUID contract) {
        return new PaymentRefused(ErrorKind.UNPROCESSABLE, "billing.payment.contract_other_client", "contract",
                contract);
    }

    static PaymentRefused unknownInvoice(String field, UUID invoice) {
        return new PaymentRefused(ErrorKind.UNPROCESSABLE, "billing.payment.invoice_unknown", field, invoice);
    }

    static PaymentRefused invoiceOfAnotherClient(String field, Invoice invoice) {
        return new PaymentRefused(ErrorKind.UNPROCESSABLE, "billing.payment.invoice_other_client", field,
                invoice.id().value());
    }

    /** A cancelled, paid or draft invoice takes no money: 409, the invoice's state is what stands in the way. */
    static PaymentRefused invoiceNotOpen(String field, Invoice invoice) {
        return new PaymentRefused(ErrorKind.CONFLICT, "billing.payment.invoice_not_open", field,
                invoice.number() == null ? invoice.id().value() : invoice.number().toString(),
                Codes.of(invoice.status()));
    }

    static PaymentRefused exceedsBalance(Money worth, Money balance) {
        return new PaymentRefused(ErrorKind.UNPROCESSABLE, "billing.payment.allocation_exceeds_balance", "amount",
                worth.text(), balance.text(), balance.currency().name());
    }

    static PaymentRefused methodNotEntered(String method) {
        return new PaymentRefused(ErrorKind.INVALID, "billing.payment.method_not_entered", "method", method);
    }

    static PaymentRefused receivedInFuture() {
        return new PaymentRefused(ErrorKind.INVALID, "billing.payment.received_in_future", "received_on");
    }

    static PaymentRefused invoiceNamedTwice(UUID invoice) {
        return new PaymentRefused(ErrorKind.INVALID, "billing.payment.invoice_repeated", "invoices", invoice);
    }

    static PaymentRefused unknownFailureReason(String reason) {
        return new PaymentRefused(ErrorKind.INVALID, "billing.payment.failure_reason", "reason", reason);
    }
}
