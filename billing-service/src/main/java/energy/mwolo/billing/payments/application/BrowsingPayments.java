package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.billing.payments.model.PaymentMethod;
import energy.mwolo.billing.payments.model.PaymentStatus;
import energy.mwolo.billing.payments.model.Payments;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments for whoever reads billing: staff see all, a customer its own client's (another's is not found). */
@Service
@Transactional(readOnly = true)
public class BrowsingPayments {

    private final Payments payments;
    private final Invoices invoices;
    private final PaymentDirectory directory;

    BrowsingPayments(Payments payments, Invoices invoices, PaymentDirectory directory) {
        this.payments = payments;
        this.invoices = invoices;
        this.directory = directory;
    }

    public PaymentQuery query(UUID client, String status, String method, LocalDate from, LocalDate to,
                              CurrentUser user) {
        return new PaymentQuery(client, status == null ? null : Codes.parse(PaymentStatus.class, status, "status"),
                method == null ? null : Codes.parse(PaymentMethod.class, method, "method"), from, to,
                BillingAccess.readScope(user));
    }

    public long count(PaymentQuery query) {
        return query.scope().seesNothing() ? 0 : directory.count(query);
    }

    public List<PaymentSummary> find(PaymentQuery query, long offset, int limit) {
        return query.scope().seesNothing() ? List.of() : directory.find(query, offset, limit);
    }

    public Payment show(UUID id, CurrentUser user) {
        BillingAccess.ReadScope scope = BillingAccess.readScope(user);
        return payments.byId(new PaymentId(id)).filter(payment -> scope.allows(payment.clientId()))
                .orElseThrow(() -> PaymentRefused.notFound(id));
    }

    /** The invoices a payment's allocations name, by id: for their numbers. */
    public Map<InvoiceId, Invoice> invoicesOf(Payment payment) {
        Map<InvoiceId, Invoice> named = new LinkedHashMap<>();
        payment.allocations().forEach(allocation -> named.computeIfAbsent(allocation.invoiceId(),
                id -> invoices.byId(id).orElseThrow()));
        return named;
    }
}
