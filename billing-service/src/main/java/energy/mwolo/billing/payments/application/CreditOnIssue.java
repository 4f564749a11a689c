package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.invoices.application.IssuedInvoices;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.payments.model.Conversion;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.billing.payments.model.Payments;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A client's credit pays its next invoice as the invoice is issued, in the issuing transaction. One query tells
 * which clients of a batch hold credit at all, so a billing run's batch pays one query, not one per invoice; only
 * those clients' payments are then locked (in id order) and used, oldest received first. Credit in the other
 * currency is used at the rate its payment kept, or the rate of its received day; without one it waits.
 */
@Component
class CreditOnIssue implements IssuedInvoices {

    private final Payments payments;
    private final Settlement settlement;

    CreditOnIssue(Payments payments, Settlement settlement) {
        this.payments = payments;
        this.settlement = settlement;
    }

    @Override
    public void issued(List<Invoice> invoices) {
        List<Invoice> owing = invoices.stream().filter(invoice -> invoice.balance().isPositive()).toList();
        if (owing.isEmpty()) {
            return;
        }
        Set<UUID> withCredit = payments.withCredit(owing.stream().map(i -> i.subject().clientId()).distinct()
                .toList());
        for (Invoice invoice : owing) {
            if (withCredit.contains(invoice.subject().clientId())) {
                pay(invoice);
            }
        }
    }

    private void pay(Invoice invoice) {
        List<PaymentId> holding = payments.holdingCredit(invoice.subject().clientId());
        List<Payment> locked = holding.stream().sorted(Comparator.comparing(PaymentId::value))
                .map(id -> payments.lock(id).orElseThrow()).toList();
        for (PaymentId id : holding) {
            if (!invoice.balance().isPositive()) {
                return;
            }
            Payment payment = locked.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            if (!payment.credit().isPositive()) {
                continue;
            }
            Conversion conversion = null;
            if (payment.amount().currency() != invoice.currency()) {
                conversion = settlement.conversionOf(payment);
                if (conversion == null) {
                    continue;
                }
            }
            settlement.reallocate(payment, invoice, conversion, payment.credit());
        }
    }
}
