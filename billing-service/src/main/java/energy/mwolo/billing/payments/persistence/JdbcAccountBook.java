package energy.mwolo.billing.payments.persistence;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.application.AccountBook;
import energy.mwolo.billing.payments.application.OpenInvoiceIds;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Balances and statements straight from the invoices, credit notes, payments and their allocations. */
@Repository
class JdbcAccountBook implements AccountBook, OpenInvoiceIds {

    private static final String OPEN = "status in ('issued', 'partially_paid', 'overdue')";
    /** Same day: invoices first, then what paid or credited them. */
    private static final List<String> KIND_ORDER = List.of("invoice", "credit_note", "payment");

    private final JdbcClient jdbc;

    JdbcAccountBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> of(UUID clientId, UUID contractId) {
        return jdbc.sql("select id from invoices where client_id = :client and " + OPEN
                        + " and (cast(:contract as uuid) is null or contract_id = :contract)")
                .param("client", clientId).param("contract", contractId)
                .query(UUID.class).list();
    }

    @Override
    public boolean clientExists(UUID clientId) {
        return jdbc.sql("select exists (select 1 from crm_clients where id = ?)").param(clientId)
                .query(Boolean.class).single();
    }

    @Override
    public UUID clientOfContract(UUID contractId) {
        return jdbc.sql("select client_id from crm_contracts where id = ?").param(contractId)
                .query(UUID.class).optional().orElse(null);
    }

    @Override
    public List<ContractBalance> openBalances(UUID clientId, UUID contractId) {
        return jdbc.sql("""
                        select contract_id, min(contract_number) as contract_number, currency,
                            sum(total - amount_paid - amount_credited) as open,
                            sum(case when status = 'overdue' then total - amount_paid - amount_credited else 0 end)
                                as overdue
                        from invoices where client_id = :client and %s
                            and (cast(:contract as uuid) is null or contract_id = :contract)
                        group by contract_id, currency order by contract_number, currency""".formatted(OPEN))
                .param("client", clientId).param("contract", contractId)
                .query((row, number) -> {
                    Currency currency = Currency.valueOf(row.getString("currency"));
                    return new ContractBalance(row.getObject("contract_id", UUID.class),
                            row.getString("contract_number"), new Money(row.getBigDecimal("open"), currency),
                            new Money(row.getBigDecimal("overdue"), currency));
                }).list();
    }

    @Override
    public List<StatementLine> lines(UUID clientId, LocalDate to) {
        List<StatementLine> lines = new ArrayList<>();
        lines.addAll(jdbc.sql("""
                        select issue_date, id, number, currency, total from invoices
                        where client_id = ? and number is not null and issue_date <= ?""")
                .params(clientId, Date.valueOf(to))
                .query((row, n) -> debit(row.getDate(1).toLocalDate(), "invoice", row.getObject(2, UUID.class),
                        row.getString(3), money(row.getBigDecimal(5), row.getString(4)))).list());
        lines.addAll(jdbc.sql("""
                        select issue_date, id, number, currency, amount from credit_notes
                        where client_id = ? and issue_date <= ?""")
                .params(clientId, Date.valueOf(to))
                .query((row, n) -> credit(row.getDate(1).toLocalDate(), "credit_note", row.getObject(2, UUID.class),
                        row.getString(3), money(row.getBigDecimal(5), row.getString(4)))).list());
        // A confirmed payment counts in its currency, less what it settled on invoices of the other currency,
        // which counts there, as settled; a share given back by a cancelled invoice counts in the payment's again.
        lines.addAll(jdbc.sql("""
                        select p.received_day, p.id, p.number, p.currency,
                            p.amount - coalesce(sum(a.taken) filter (where a.settled_currency <> p.currency
                                and a.returned_at is null), 0)
                        from payments p left join payment_allocations a on a.payment_id = p.id
                        where p.client_id = ? and p.status = 'confirmed' and p.received_day <= ?
                        group by p.id""")
                .params(clientId, Date.valueOf(to))
                .query((row, n) -> credit(row.getDate(1).toLocalDate(), "payment", row.getObject(2, UUID.class),
                        row.getString(3), money(row.getBigDecimal(5), row.getString(4)))).list());
        lines.addAll(jdbc.sql("""
                        select p.received_day, p.id, p.number, a.settled_currency, sum(a.settled)
                        from payments p join payment_allocations a on a.payment_id = p.id
                        where p.client_id = ? and p.status = 'confirmed' and p.received_day <= ?
                            and a.settled_currency <> p.currency and a.returned_at is null
                        group by p.id, a.settled_currency""")
                .params(clientId, Date.valueOf(to))
                .query((row, n) -> credit(row.getDate(1).toLocalDate(), "payment", row.getObject(2, UUID.class),
                        row.getString(3), money(row.getBigDecimal(5), row.getString(4)))).list());
        lines.removeIf(line -> line.debit().isZero() && line.credit().isZero());
        lines.sort(Comparator.comparing(StatementLine::date)
                .thenComparing(line -> KIND_ORDER.indexOf(line.kind()))
                .thenComparing(StatementLine::number));
        return lines;
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, Currency.valueOf(currency));
    }

    private static StatementLine debit(LocalDate day, String kind, UUID id, String number, Money amount) {
        return new StatementLine(day, kind, id, number, amount, Money.zero(amount.currency()));
    }

    private static StatementLine credit(LocalDate day, String kind, UUID id, String number, Money amount) {
        return new StatementLine(day, kind, id, number, Money.zero(amount.currency()), amount);
    }
}
