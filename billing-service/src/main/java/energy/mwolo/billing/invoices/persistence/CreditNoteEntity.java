package energy.mwolo.billing.invoices.persistence;

import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "credit_notes")
class CreditNoteEntity {

    @Id
    private UUID id;
    private String number;
    private UUID invoiceId;
    private UUID clientId;
    private UUID contractId;
    private String currency;
    private BigDecimal amount;
    @Column(name = "full_credit")
    private boolean full;
    private String reason;
    private LocalDate issueDate;
    private Instant createdAt;

    protected CreditNoteEntity() {
    }

    static CreditNoteEntity from(CreditNote note) {
        CreditNoteEntity entity = new CreditNoteEntity();
        entity.id = note.id();
        entity.number = note.number().toString();
        entity.invoiceId = note.invoiceId().value();
        entity.clientId = note.clientId();
        entity.contractId = note.contractId();
        entity.currency = note.amount().currency().name();
        entity.amount = note.amount().amount();
        entity.full = note.full();
        entity.reason = note.reason();
        entity.issueDate = note.issueDate();
        entity.createdAt = note.createdAt();
        return entity;
    }

    CreditNote toModel() {
        return new CreditNote(id, DocumentNumber.parse(number), new InvoiceId(invoiceId), clientId, contractId,
                new Money(amount, Currency.valueOf(currency)), full, reason, issueDate, createdAt);
    }
}
