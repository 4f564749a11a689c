package energy.mwolo.billing.payments.persistence;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.model.Allocation;
import energy.mwolo.billing.payments.model.Conversion;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.billing.payments.model.PaymentMethod;
import energy.mwolo.billing.payments.model.PaymentSource;
import energy.mwolo.billing.payments.model.PaymentStatus;
import energy.mwolo.billing.payments.model.PaymentTarget;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "payments")
class PaymentEntity {

    @Id
    private UUID id;
    private String number;
    private UUID clientId;
    private UUID contractId;
    private String currency;
    private BigDecimal amount;
    private String method;
    private String status;
    private Instant receivedAt;
    private LocalDate receivedDay;
    private String externalReference;
    private String provider;
    private String providerTransactionId;
    private BigDecimal cdfPerUsd;
    private String failureReason;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    @ElementCollection
    @CollectionTable(name = "payment_targets", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "position")
    @Column(name = "invoice_id")
    private List<UUID> targets = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "payment_allocations", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "position")
    private List<AllocationRow> allocations = new ArrayList<>();

    protected PaymentEntity() {
    }

    static PaymentEntity from(Payment payment, Instant now) {
        PaymentEntity entity = new PaymentEntity();
        entity.id = payment.id().value();
        entity.number = payment.number().toString();
        entity.clientId = payment.clientId();
        entity.contractId = payment.target().contractId();
        entity.currency = payment.amount().currency().name();
        entity.amount = payment.amount().amount();
        entity.method = Codes.of(payment.method());
        entity.receivedAt = payment.receivedAt();
        entity.receivedDay = payment.receivedDay();
        entity.externalReference = payment.source().externalReference();
        entity.provider = payment.source().provider();
        entity.providerTransactionId = payment.source().providerTransactionId();
        entity.createdAt = now;
        payment.target().invoices().forEach(invoice -> entity.targets.add(invoice.value()));
        entity.apply(payment, now);
        return entity;
    }

    /**
     * Copies what can change; allocations are only ever added, each stamped when it is first stored, and stamped
     * again the once it is given back.
     */
    void apply(Payment payment, Instant now) {
        status = Codes.of(payment.status());
        cdfPerUsd = payment.conversion() == null ? null : payment.conversion().cdfPerUsd();
        failureReason = payment.failureReason();
        List<Allocation> made = payment.allocations();
        for (int i = 0; i < allocations.size(); i++) {
            if (made.get(i).returned() && allocations.get(i).returnedAt == null) {
                allocations.get(i).returnedAt = now;
            }
        }
        for (int i = allocations.size(); i < made.size(); i++) {
            Allocation allocation = made.get(i);
            allocations.add(new AllocationRow(allocation.invoiceId().value(), allocation.taken().amount(),
                    allocation.settled().amount(), allocation.settled().currency().name(), now));
        }
        updatedAt = now;
    }

    Payment toModel() {
        Currency paymentCurrency = Currency.valueOf(currency);
        return Payment.restore(new PaymentId(id), DocumentNumber.parse(number), clientId,
                new Money(amount, paymentCurrency), Codes.parse(PaymentMethod.class, method, "method"), receivedAt,
                receivedDay, new PaymentSource(externalReference, provider, providerTransactionId),
                new PaymentTarget(contractId, targets.stream().map(InvoiceId::new).toList()),
                Codes.parse(PaymentStatus.class, status, "status"),
                cdfPerUsd == null ? null : new Conversion(cdfPerUsd), failureReason,
                allocations.stream().map(row -> row.toModel(paymentCurrency)).toList());
    }

    @Embeddable
    static class AllocationRow {

        private UUID invoiceId;
        private BigDecimal taken;
        private BigDecimal settled;
        private String settledCurrency;
        private Instant allocatedAt;
        private Instant returnedAt;

        protected AllocationRow() {
        }

        AllocationRow(UUID invoiceId, BigDecimal taken, BigDecimal settled, String settledCurrency,
                      Instant allocatedAt) {
            this.invoiceId = invoiceId;
            this.taken = taken;
            this.settled = settled;
            this.settledCurrency = settledCurrency;
            this.allocatedAt = allocatedAt;
        }

        Allocation toModel(Currency paymentCurrency) {
            return new Allocation(new InvoiceId(invoiceId), new Money(taken, paymentCurrency),
                    new Money(settled, Currency.valueOf(settledCurrency)), returnedAt != null);
        }
    }
}
