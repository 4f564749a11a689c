package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment {@code PAY-<YYYY>-<NNNNNN>} from one client, in one currency. It is recorded pending (or confirmed at
 * once for cash and card) and only confirmed money is allocated: on confirmation it is spread over invoices
 * ({@link Allocator}), and what is left is the client's {@link #credit()}, which can be re-allocated later.
 * Invariant: amount = sum of what the allocations took + credit, exactly.
 */
public final class Payment {

    public static final String PREFIX = DocumentNumber.PAYMENT;

    private final PaymentId id;
    private final DocumentNumber number;
    private final UUID clientId;
    private final Money amount;
    private final PaymentMethod method;
    private final Instant receivedAt;
    private final LocalDate receivedDay;
    private final PaymentSource source;
    private final PaymentTarget target;
    private PaymentStatus status;
    private Conversion conversion;
    private String failureReason;
    private final List<Allocation> allocations;
    private final List<PaymentEvent> events = new ArrayList<>();

    private Payment(PaymentId id, DocumentNumber number, UUID clientId, Money amount, PaymentMethod method,
                    Instant receivedAt, LocalDate receivedDay, PaymentSource source, PaymentTarget target,
                    PaymentStatus status, Conversion conversion, String failureReason, List<Allocation> allocations) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.method = Objects.requireNonNull(method, "method");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.receivedDay = Objects.requireNonNull(receivedDay, "receivedDay");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.status = Objects.requireNonNull(status, "status");
        this.conversion = conversion;
        this.failureReason = failureReason;
        this.allocations = new ArrayList<>(allocations);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment is positive: " + amount);
        }
    }

    /** A payment as it is received: pending until {@link #confirm} (the caller confirms cash and card at once). */
    public static Payment receive(DocumentNumber number, UUID clientId, Money amount, PaymentMethod method,
                                  Instant receivedAt, LocalDate receivedDay, PaymentSource source) {
        return receive(number, clientId, amount, method, receivedAt, receivedDay, source, PaymentTarget.ANY);
    }

    /** A payment meant for {@code target}: the invoices it is allocated to when confirmed. */
    public static Payment receive(DocumentNumber number, UUID clientId, Money amount, PaymentMethod method,
                                  Instant receivedAt, LocalDate receivedDay, PaymentSource source,
                                  PaymentTarget target) {
        return new Payment(PaymentId.newId(), number, clientId, amount, method, receivedAt, receivedDay, source,
                target, PaymentStatus.PENDING, null, null, List.of());
    }

    public static Payment restore(PaymentId id, DocumentNumber number, UUID clientId, Money amount,
                                  PaymentMethod method, Instant receivedAt, LocalDate receivedDay,
                                  PaymentSource source, PaymentTarget target, PaymentStatus status,
                                  Conversion conversion, String failureReason, List<Allocation> allocations) {
        return new Payment(id, number, clientId, amount, method, receivedAt, receivedDay, source, target, status,
                conversion, failureReason, allocations);
    }

    /**
     * The money counts: spread over {@code invoices} in the order given, at {@code conversion} (the received day's
     * rate, null when every invoice is in the payment's currency). Returns the allocations for the invoices to take.
     */
    public List<Allocation> confirm(Conversion conversion, List<OpenInvoice> invoices, Instant now) {
        if (status != PaymentStatus.PENDING) {
            throw new PaymentTransitionRefused(this, "confirm");
        }
        status = PaymentStatus.CONFIRMED;
        this.conversion = conversion;
        List<Allocation> made = Allocator.spread(amount, conversion, invoices);
        allocations.addAll(made);
        events.add(new PaymentEvent.Confirmed(made, credit(), now));
        return made;
    }

    public void fail(String reason, Instant now) {
        if (status != PaymentStatus.PENDING) {
            throw new PaymentTransitionRefused(this, "fail");
        }
        status = PaymentStatus.FAILED;
        failureReason = Objects.requireNonNull(reason, "reason");
        events.add(new PaymentEvent.Failed(reason, now));
    }

    /**
     * Puts up to {@code asked} of the credit on {@code invoices}, in the order given, at the rate kept on the
     * payment (or {@code fallback}, the received day's rate, when none was needed at confirmation). Asking more
     * than the credit is refused (422).
     */
    public List<Allocation> reallocate(Money asked, Conversion fallback, List<OpenInvoice> invoices, Instant now) {
        if (status != PaymentStatus.CONFIRMED) {
            throw new PaymentTransitionRefused(this, "allocate");
        }
        Money credit = credit();
        if (!asked.isPositive() || asked.isGreaterThan(credit)) {
            throw new CreditExceeded(asked, credit);
        }
        if (conversion == null) {
            conversion = fallback;
        }
        List<Allocation> made = Allocator.spread(asked, conversion, invoices);
        allocations.addAll(made);
        events.add(new PaymentEvent.Reallocated(made, credit(), now));
        return made;
    }

    /**
     * The invoice was cancelled by a credit note: every share of this payment still on it comes back as credit, in
     * the payment's currency (what the share took, whatever the rate since). Returns what came back, zero when the
     * payment had nothing on that invoice (asking twice gives back nothing more).
     */
    public Money giveBack(InvoiceId invoiceId, Instant now) {
        Money returned = Money.zero(amount.currency());
        if (status != PaymentStatus.CONFIRMED) {
            return returned;
        }
        for (int i = 0; i < allocations.size(); i++) {
            Allocation allocation = allocations.get(i);
            if (!allocation.returned() && allocation.invoiceId().equals(invoiceId)) {
                allocations.set(i, allocation.givenBack());
                returned = returned.plus(allocation.taken());
            }
        }
        if (returned.isPositive()) {
            events.add(new PaymentEvent.GivenBack(invoiceId, returned, credit(), now));
        }
        return returned;
    }

    /** What the payment still holds for the client: nothing unless confirmed. */
    public Money credit() {
        if (status != PaymentStatus.CONFIRMED) {
            return Money.zero(amount.currency());
        }
        Money left = amount;
        for (Allocation allocation : allocations) {
            if (!allocation.returned()) {
                left = left.minus(allocation.taken());
            }
        }
        return left;
    }

    public List<PaymentEvent> pullEvents() {
        List<PaymentEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public PaymentId id() {
        return id;
    }

    public DocumentNumber number() {
        return number;
    }

    public UUID clientId() {
        return clientId;
    }

    public Money amount() {
        return amount;
    }

    public PaymentMethod method() {
        return method;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate receivedDay() {
        return receivedDay;
    }

    public PaymentSource source() {
        return source;
    }

    public PaymentTarget target() {
        return target;
    }

    public PaymentStatus status() {
        return status;
    }

    public Conversion conversion() {
        return conversion;
    }

    public String failureReason() {
        return failureReason;
    }

    public List<Allocation> allocations() {
        return List.copyOf(allocations);
    }
}
