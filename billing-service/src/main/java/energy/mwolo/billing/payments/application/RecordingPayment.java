package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.numbering.DocumentNumbers;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentMethod;
import energy.mwolo.billing.payments.model.PaymentSource;
import energy.mwolo.billing.payments.model.PaymentTarget;
import energy.mwolo.billing.payments.model.Payments;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An accountant records money received at the counter or announced by the bank: cash and card count at once and are
 * allocated in the same transaction; a bank transfer waits, pending, for {@link ConfirmingPayment}.
 */
@Service
public class RecordingPayment {

    private final Payments payments;
    private final Invoices invoices;
    private final AccountBook book;
    private final DocumentNumbers numbers;
    private final Settlement settlement;
    private final BusinessTime time;

    RecordingPayment(Payments payments, Invoices invoices, AccountBook book, DocumentNumbers numbers,
                     Settlement settlement, BusinessTime time) {
        this.payments = payments;
        this.invoices = invoices;
        this.book = book;
        this.numbers = numbers;
        this.settlement = settlement;
        this.time = time;
    }

    /** What the accountant typed, unchecked. */
    public record Entry(UUID client, BigDecimal amount, String currency, String method, LocalDate receivedOn,
                        String reference, List<UUID> invoices, UUID contract) {
    }

    @Transactional
    public Payment record(Entry entry, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        if (entry.client() == null) {
            throw new InvalidField("client", "billing.validation.required");
        }
        Currency currency = Currency.of(entry.currency(), "currency");
        Money amount = Money.positive(entry.amount(), currency, "amount");
        PaymentMethod method = Codes.parse(PaymentMethod.class, entry.method(), "method");
        if (method == PaymentMethod.MOBILE_MONEY) {
            throw PaymentRefused.methodNotEntered(entry.method());
        }
        if (entry.receivedOn() == null) {
            throw new InvalidField("received_on", "billing.validation.required");
        }
        LocalDate today = time.today();
        if (entry.receivedOn().isAfter(today)) {
            throw PaymentRefused.receivedInFuture();
        }
        if (!book.clientExists(entry.client())) {
            throw PaymentRefused.unknownClient(entry.client());
        }
        if (entry.contract() != null && !entry.client().equals(book.clientOfContract(entry.contract()))) {
            throw PaymentRefused.contractOfAnotherClient(entry.contract());
        }
        List<InvoiceId> named = checkNamed(entry.client(), entry.invoices());
        Instant now = time.now();
        Instant receivedAt = entry.receivedOn().equals(today) ? now
                : entry.receivedOn().atStartOfDay(BusinessTime.ZONE).toInstant();
        Payment payment = Payment.receive(numbers.nextPayment(today.getYear()), entry.client(), amount,
                method, receivedAt, entry.receivedOn(), PaymentSource.reference(entry.reference()),
                new PaymentTarget(entry.contract(), named));
        if (method.confirmedOnReceipt()) {
            settlement.confirmNew(payment);
        } else {
            payments.add(payment);
        }
        return payment;
    }

    /** Named invoices must exist, be the client's and still ask for money; each is named once. */
    private List<InvoiceId> checkNamed(UUID client, List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            if (id == null) {
                throw new InvalidField("invoices", "billing.validation.required");
            }
            if (!seen.add(id)) {
                throw PaymentRefused.invoiceNamedTwice(id);
            }
            Invoice invoice = invoices.byId(new InvoiceId(id))
                    .orElseThrow(() -> PaymentRefused.unknownInvoice("invoices", id));
            if (!invoice.subject().clientId().equals(client)) {
                throw PaymentRefused.invoiceOfAnotherClient("invoices", invoice);
            }
            if (!invoice.status().isOpen()) {
                throw PaymentRefused.invoiceNotOpen("invoices", invoice);
            }
        }
        return ids.stream().map(InvoiceId::new).toList();
    }
}
