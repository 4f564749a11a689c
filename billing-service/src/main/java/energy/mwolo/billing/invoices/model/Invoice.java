package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.platform.outbox.Uuids;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoice {@code FAC-<YYYY>-<NNNNNN>} for one contract and one month. Its lines and totals are computed by the
 * system when it is drafted and never change; a draft has no number until it is issued. Money owed on it:
 * {@link #balance()} = total - amount paid - amount credited, which payments ({@link #allocate}) and credit notes
 * ({@link #credit}, {@link #cancel}) reduce. Every transition checks the status it starts from and records its event.
 */
public final class Invoice {

    private final InvoiceId id;
    private final InvoiceSubject subject;
    private final List<InvoiceLine> lines;
    private final InvoiceTotals totals;
    private final boolean estimated;
    private final UUID runId;
    private final Instant createdAt;
    private DocumentNumber number;
    private InvoiceStatus status;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private Money amountPaid;
    private Money amountCredited;
    private Instant updatedAt;
    private final List<InvoiceEvent> events = new ArrayList<>();

    private Invoice(InvoiceId id, InvoiceSubject subject, List<InvoiceLine> lines, boolean estimated, UUID runId,
                    Instant createdAt, State state) {
        this.id = Objects.requireNonNull(id, "id");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.lines = List.copyOf(lines);
        this.totals = InvoiceTotals.of(this.lines, subject.currency());
        this.estimated = estimated;
        this.runId = runId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.number = state.number();
        this.status = Objects.requireNonNull(state.status(), "status");
        this.issueDate = state.issueDate();
        this.dueDate = state.dueDate();
        this.amountPaid = Objects.requireNonNull(state.amountPaid(), "amountPaid");
        this.amountCredited = Objects.requireNonNull(state.amountCredited(), "amountCredited");
        this.updatedAt = state.updatedAt();
    }

    /** What changes over an invoice's life, as storage keeps it. */
    public record State(DocumentNumber number, InvoiceStatus status, LocalDate issueDate, LocalDate dueDate,
                        Money amountPaid, Money amountCredited, Instant updatedAt) {
    }

    /**
     * A draft with the lines the system computed; totals follow from them.
     *
     * @param estimated the energy is an estimate (no reading for the month)
     * @param runId     the billing run that made it, or null
     */
    public static Invoice draft(InvoiceSubject subject, List<InvoiceLine> lines, boolean estimated, UUID runId,
                                Instant now) {
        Money zero = Money.zero(subject.currency());
        return new Invoice(InvoiceId.newId(), subject, lines, estimated, runId, now,
                new State(null, InvoiceStatus.DRAFT, null, null, zero, zero, now));
    }

    /** Rebuilds an invoice from storage; records no event. */
    public static Invoice restore(InvoiceId id, InvoiceSubject subject, List<InvoiceLine> lines, boolean estimated,
                                  UUID runId, Instant createdAt, State state) {
        return new Invoice(id, subject, lines, estimated, runId, createdAt, state);
    }

    /**
     * Gives the draft its number and dates: due {@code paymentTermsDays} after the issue day. An invoice of nothing
     * (a month without consumption, fee or charge) is settled as it is issued.
     */
    public void issue(DocumentNumber number, LocalDate issueDay, int paymentTermsDays, Instant now) {
        requireStatus("issue", InvoiceStatus.DRAFT);
        if (paymentTermsDays < 0) {
            throw new IllegalArgumentException("Payment terms are days, not " + paymentTermsDays);
        }
        this.number = Objects.requireNonNull(number, "number");
        this.issueDate = issueDay;
        this.dueDate = issueDay.plusDays(paymentTermsDays);
        this.status = totals.total().isZero() ? InvoiceStatus.PAID : InvoiceStatus.ISSUED;
        touch(now);
        events.add(new InvoiceEvent.Issued(balance(), now));
    }

    /**
     * Overdue from the day after the due date (Africa/Kinshasa days) while money is owed; once, so InvoiceOverdue
     * is published once. Answers whether it changed.
     */
    public boolean markOverdue(LocalDate today, Instant now) {
        boolean due = status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTIALLY_PAID;
        if (!due || !today.isAfter(dueDate) || !balance().isPositive()) {
            return false;
        }
        status = InvoiceStatus.OVERDUE;
        touch(now);
        events.add(new InvoiceEvent.Overdue((int) ChronoUnit.DAYS.between(dueDate, today), balance(), now));
        return true;
    }

    /**
     * Takes a payment's share off the balance: more than the balance, or another currency, is refused (the
     * payment's leftover becomes client credit, which is the payments' business). Settling it records Paid, naming
     * {@code paymentId}, the payment the share comes from.
     */
    public void allocate(Money amount, UUID paymentId, Instant now) {
        Objects.requireNonNull(paymentId, "paymentId");
        if (!status.isOpen()) {
            throw new InvoiceTransitionRefused(this, "allocate");
        }
        requirePositiveInCurrency(amount, "amount");
        if (amount.isGreaterThan(balance())) {
            throw new AmountExceedsBalance("billing.invoice.allocation_exceeds_balance", amount, balance());
        }
        amountPaid = amountPaid.plus(amount);
        if (balance().isZero()) {
            status = InvoiceStatus.PAID;
            events.add(new InvoiceEvent.Paid(amount, paymentId, now));
        } else if (status == InvoiceStatus.ISSUED) {
            status = InvoiceStatus.PARTIALLY_PAID;
        }
        touch(now);
    }

    /**
     * A credit note for part of the balance (tax included). Above the balance it is refused (422); one that leaves
     * nothing to pay settles the invoice, or cancels it when nothing was paid.
     */
    public CreditNote credit(DocumentNumber number, Money amount, String reason, LocalDate day, Instant now) {
        if (!status.isOpen()) {
            throw new InvoiceTransitionRefused(this, "credit");
        }
        requirePositiveInCurrency(amount, "amount");
        if (amount.isGreaterThan(balance())) {
            throw new AmountExceedsBalance("billing.credit_note.exceeds_balance", amount, balance());
        }
        boolean cancels = amount.compareTo(balance()) == 0 && amountPaid.isZero();
        return addCreditNote(number, amount, cancels, reason, day, now);
    }

    /**
     * Cancels the invoice by a full credit note: everything not credited yet. What was paid on it is no longer owed
     * for it ({@link #paidBeyondTotal()}: client credit, the payments' business).
     */
    public CreditNote cancel(DocumentNumber number, String reason, LocalDate day, Instant now) {
        if (!status.isOpen() && status != InvoiceStatus.PAID) {
            throw new InvoiceTransitionRefused(this, "cancel");
        }
        return addCreditNote(number, totals.total().minus(amountCredited), true, reason, day, now);
    }

    private CreditNote addCreditNote(DocumentNumber number, Money amount, boolean full, String reason, LocalDate day,
                                     Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "billing.validation.required");
        }
        CreditNote note = new CreditNote(Uuids.timeOrdered(), number, id, subject.clientId(), subject.contractId(),
                amount, full, reason.strip(), day, now);
        amountCredited = amountCredited.plus(amount);
        if (full) {
            status = InvoiceStatus.CANCELLED;
        } else if (balance().isZero()) {
            status = InvoiceStatus.PAID;
        }
        touch(now);
        events.add(new InvoiceEvent.Credited(note, full, balance(), now));
        return note;
    }

    /** What is still owed on it: nothing for a draft or a cancelled invoice. */
    public Money balance() {
        if (status == InvoiceStatus.DRAFT || status == InvoiceStatus.CANCELLED) {
            return Money.zero(subject.currency());
        }
        return totals.total().minus(amountPaid).minus(amountCredited);
    }

    /** What was paid on a cancelled invoice beyond what it still asks: the client's credit. */
    public Money paidBeyondTotal() {
        Money owedAfterCredits = totals.total().minus(amountCredited);
        Money beyond = amountPaid.minus(owedAfterCredits);
        return beyond.isPositive() ? beyond : Money.zero(subject.currency());
    }

    /** Hands over the events recorded since the last call, oldest first, and forgets them. */
    public List<InvoiceEvent> pullEvents() {
        List<InvoiceEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void requireStatus(String action, InvoiceStatus expected) {
        if (status != expected) {
            throw new InvoiceTransitionRefused(this, action);
        }
    }

    private void requirePositiveInCurrency(Money amount, String field) {
        if (amount.currency() != subject.currency()) {
            throw new InvalidField(field, "billing.invoice.currency", subject.currency());
        }
        if (!amount.isPositive()) {
            throw new InvalidField(field, "billing.amount.not_positive");
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public InvoiceId id() {
        return id;
    }

    public InvoiceSubject subject() {
        return subject;
    }

    public Currency currency() {
        return subject.currency();
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public InvoiceTotals totals() {
        return totals;
    }

    public boolean estimated() {
        return estimated;
    }

    public UUID runId() {
        return runId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Null while a draft. */
    public DocumentNumber number() {
        return number;
    }

    public InvoiceStatus status() {
        return status;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Money amountPaid() {
        return amountPaid;
    }

    public Money amountCredited() {
        return amountCredited;
    }
}
