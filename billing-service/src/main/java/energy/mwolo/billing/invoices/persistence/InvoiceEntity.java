package energy.mwolo.billing.invoices.persistence;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.billing.invoices.model.LineKind;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import jakarta.persistence.CollectionTable;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

@Entity
@Table(name = "invoices")
class InvoiceEntity {

    @Id
    private UUID id;
    private String number;
    private UUID clientId;
    private UUID contractId;
    private String contractNumber;
    private UUID siteId;
    private LocalDate period;
    private String currency;
    private String status;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private BigDecimal subtotal;
    private BigDecimal tax;
    private BigDecimal total;
    private BigDecimal amountPaid;
    private BigDecimal amountCredited;
    private boolean estimated;
    private UUID runId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    @ElementCollection
    @CollectionTable(name = "invoice_lines", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<Line> lines = new ArrayList<>();

    protected InvoiceEntity() {
    }

    static InvoiceEntity from(Invoice invoice) {
        InvoiceEntity entity = new InvoiceEntity();
        InvoiceSubject subject = invoice.subject();
        entity.id = invoice.id().value();
        entity.clientId = subject.clientId();
        entity.contractId = subject.contractId();
        entity.contractNumber = subject.contractNumber();
        entity.siteId = subject.siteId();
        entity.period = subject.period().firstDay();
        entity.currency = subject.currency().name();
        entity.subtotal = invoice.totals().subtotal().amount();
        entity.tax = invoice.totals().tax().amount();
        entity.total = invoice.totals().total().amount();
        entity.estimated = invoice.estimated();
        entity.runId = invoice.runId();
        entity.createdAt = invoice.createdAt();
        invoice.lines().forEach(line -> entity.lines.add(Line.from(line)));
        entity.apply(invoice);
        return entity;
    }

    /** The columns of {@link #row()}, for writing new invoices in bulk without the persistence context. */
    static final List<String> COLUMNS = List.of("id", "number", "client_id", "contract_id", "contract_number",
            "site_id", "period", "currency", "status", "issue_date", "due_date", "subtotal", "tax", "total",
            "amount_paid", "amount_credited", "estimated", "run_id", "created_at", "updated_at", "version");

    /** The columns of {@link #lineRows()}. */
    static final List<String> LINE_COLUMNS = List.of("invoice_id", "position", "kind", "description", "quantity",
            "unit", "unit_price", "discount", "tax_rate", "amount");

    /** A new invoice's values for {@link #COLUMNS}. */
    Object[] row() {
        return new Object[] {id, number, clientId, contractId, contractNumber, siteId, period, currency, status,
            issueDate, dueDate, subtotal, tax, total, amountPaid, amountCredited, estimated, runId, createdAt,
            updatedAt, 0};
    }

    /** Its lines' values for {@link #LINE_COLUMNS}, positions from 0 as {@code @OrderColumn} writes them. */
    Stream<Object[]> lineRows() {
        return IntStream.range(0, lines.size()).mapToObj(position -> {
            Line line = lines.get(position);
            return new Object[] {id, position, line.kind, line.description, line.quantity, line.unit,
                line.unitPrice, line.discount, line.taxRate, line.amount};
        });
    }

    /** Copies what changes over the invoice's life; lines and totals never change. */
    void apply(Invoice invoice) {
        number = invoice.number() == null ? null : invoice.number().toString();
        status = Codes.of(invoice.status());
        issueDate = invoice.issueDate();
        dueDate = invoice.dueDate();
        amountPaid = invoice.amountPaid().amount();
        amountCredited = invoice.amountCredited().amount();
        updatedAt = invoice.updatedAt();
    }

    Invoice toModel() {
        Currency money = Currency.valueOf(currency);
        InvoiceSubject subject = new InvoiceSubject(clientId, contractId, contractNumber, siteId,
                new BillingPeriod(YearMonth.from(period)), money);
        List<InvoiceLine> modelLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            modelLines.add(lines.get(i).toModel(i + 1, money));
        }
        return Invoice.restore(new InvoiceId(id), subject, modelLines, estimated, runId, createdAt,
                new Invoice.State(number == null ? null : DocumentNumber.parse(number),
                        InvoiceStatus.valueOf(status.toUpperCase(Locale.ROOT)), issueDate, dueDate,
                        new Money(amountPaid, money), new Money(amountCredited, money), updatedAt));
    }

    @Embeddable
    static class Line {

        private String kind;
        private String description;
        private BigDecimal quantity;
        private String unit;
        private BigDecimal unitPrice;
        private BigDecimal discount;
        private BigDecimal taxRate;
        private BigDecimal amount;

        protected Line() {
        }

        static Line from(InvoiceLine line) {
            Line entity = new Line();
            entity.kind = Codes.of(line.kind());
            entity.description = line.description();
            entity.quantity = line.quantity();
            entity.unit = line.unit();
            entity.unitPrice = line.unitPrice();
            entity.discount = line.discount().amount();
            entity.taxRate = line.taxRate();
            entity.amount = line.amount().amount();
            return entity;
        }

        InvoiceLine toModel(int position, Currency currency) {
            return new InvoiceLine(position, LineKind.valueOf(kind.toUpperCase(Locale.ROOT)), description, quantity,
                    unit, unitPrice, new Money(discount, currency), taxRate, new Money(amount, currency));
        }
    }
}
