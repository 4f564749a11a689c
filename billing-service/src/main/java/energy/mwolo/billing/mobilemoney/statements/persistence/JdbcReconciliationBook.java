package energy.mwolo.billing.mobilemoney.statements.persistence;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.statements.application.ReconciliationBook;
import energy.mwolo.billing.mobilemoney.statements.model.CreditedPayment;
import energy.mwolo.billing.mobilemoney.statements.model.DailyReconciliation;
import energy.mwolo.billing.mobilemoney.statements.model.ReconciliationLine;
import energy.mwolo.billing.mobilemoney.statements.model.ReconciliationLine.Kind;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our credits by the day their request (or paybill notification) came, in Kinshasa (a credit is never older than the
 * payment it credits: only credits from the day before on are read, by index), and table
 * {@code mobile_money_reconciliations}: the counts in columns, the lines as JSON.
 */
@Repository
class JdbcReconciliationBook implements ReconciliationBook {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.shared();

    JdbcReconciliationBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CreditedPayment> credits(Provider provider, LocalDate day, Collection<String> named) {
        return jdbc.sql("""
                        select c.provider_transaction_id, coalesce(r.reference, p.account_reference) as reference,
                            c.client_id, c.amount, c.currency
                        from mobile_money_credits c
                        left join mobile_money_requests r on r.id = c.request_id
                        left join mobile_money_paybill p on p.id = c.paybill_id
                        where c.provider = :provider
                          and c.credited_at >= :earliest
                          and ((coalesce(r.created_at, p.received_at) >= :from
                                and coalesce(r.created_at, p.received_at) < :to)
                               or c.provider_transaction_id = any(:named))
                        order by c.credited_at, c.id""")
                .param("provider", provider.code())
                .param("earliest", Timestamp.from(day.minusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("from", Timestamp.from(day.atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("named", named.toArray(String[]::new))
                .query((rs, row) -> new CreditedPayment(rs.getString("provider_transaction_id"),
                        rs.getString("reference"), rs.getObject("client_id", UUID.class), rs.getBigDecimal("amount"),
                        rs.getString("currency")))
                .list();
    }

    @Override
    public void keep(DailyReconciliation report) {
        jdbc.sql("""
                        insert into mobile_money_reconciliations (provider, day, generated_at, matched, missing_ours,
                            missing_theirs, amount_differences, lines)
                        values (:provider, :day, :generatedAt, :matched, :missingOurs, :missingTheirs, :differences,
                            cast(:lines as jsonb))
                        on conflict (provider, day) do update set generated_at = excluded.generated_at,
                            matched = excluded.matched, missing_ours = excluded.missing_ours,
                            missing_theirs = excluded.missing_theirs,
                            amount_differences = excluded.amount_differences, lines = excluded.lines""")
                .param("provider", report.provider().code())
                .param("day", Date.valueOf(report.day()))
                .param("generatedAt", Timestamp.from(report.generatedAt()))
                .param("matched", report.count(Kind.MATCHED))
                .param("missingOurs", report.count(Kind.MISSING_OURS))
                .param("missingTheirs", report.count(Kind.MISSING_THEIRS))
                .param("differences", report.count(Kind.AMOUNT_DIFFERENCE))
                .param("lines", json.writeValueAsString(report.lines().stream().map(JdbcReconciliationBook::row)
                        .toList()))
                .update();
    }

    @Override
    public Optional<DailyReconciliation> find(Provider provider, LocalDate day) {
        return jdbc.sql("""
                        select generated_at, lines::text as lines from mobile_money_reconciliations
                        where provider = ? and day = ?""")
                .params(provider.code(), Date.valueOf(day))
                .query((rs, row) -> new DailyReconciliation(provider, day, rs.getTimestamp("generated_at").toInstant(),
                        lines(rs.getString("lines"))))
                .optional();
    }

    private static Map<String, Object> row(ReconciliationLine line) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", Codes.of(line.kind()));
        row.put("provider_transaction_id", line.transactionId());
        row.put("reference", line.reference());
        row.put("client", line.clientId() == null ? null : line.clientId().toString());
        row.put("ours", line.ours() == null ? null : line.ours().toPlainString());
        row.put("theirs", line.theirs() == null ? null : line.theirs().toPlainString());
        row.put("currency", line.currency());
        row.put("their_status", line.theirStatus());
        return row;
    }

    private List<ReconciliationLine> lines(String text) {
        return json.readTree(text).valueStream().map(JdbcReconciliationBook::line).toList();
    }

    private static ReconciliationLine line(JsonNode row) {
        return new ReconciliationLine(Kind.valueOf(text(row, "kind").toUpperCase(Locale.ROOT)),
                text(row, "provider_transaction_id"), text(row, "reference"),
                text(row, "client") == null ? null : UUID.fromString(text(row, "client")),
                amount(row, "ours"), amount(row, "theirs"), text(row, "currency"), text(row, "their_status"));
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static BigDecimal amount(JsonNode row, String field) {
        String value = text(row, field);
        return value == null ? null : new BigDecimal(value);
    }
}
