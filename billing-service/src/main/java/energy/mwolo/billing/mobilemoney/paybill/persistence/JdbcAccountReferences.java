package energy.mwolo.billing.mobilemoney.paybill.persistence;

import energy.mwolo.billing.mobilemoney.paybill.model.AccountMatch;
import energy.mwolo.billing.mobilemoney.paybill.model.AccountReferences;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Account references against invoice numbers ({@code FAC-2026-000123}) and crm's client numbers
 * ({@code CL-2026-000045}), both compared on their letters and digits only (indexed expressions of {@code V16}):
 * {@code fac 2026 000123} is that invoice. Every client found counts: none is unmatched, more than one ambiguous.
 */
@Repository
class JdbcAccountReferences implements AccountReferences {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");
    private static final String KEY = "upper(regexp_replace(number, '[^A-Za-z0-9]', '', 'g'))";

    private final JdbcClient jdbc;

    JdbcAccountReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AccountMatch match(String accountReference) {
        String key = NOT_ALPHANUMERIC.matcher(accountReference == null ? "" : accountReference).replaceAll("")
                .toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
            return AccountMatch.NONE;
        }
        List<NamedInvoice> invoices = jdbc.sql("select id, client_id, status in ('issued', 'partially_paid', "
                        + "'overdue') as open from invoices where number is not null and " + KEY + " = ?")
                .param(key).query((rs, row) -> new NamedInvoice(rs.getObject("id", UUID.class),
                        rs.getObject("client_id", UUID.class), rs.getBoolean("open"))).list();
        Set<UUID> clients = new LinkedHashSet<>();
        invoices.forEach(invoice -> clients.add(invoice.clientId()));
        clients.addAll(jdbc.sql("select id from crm_clients where " + KEY + " = ?").param(key)
                .query(UUID.class).list());
        if (clients.isEmpty()) {
            return AccountMatch.NONE;
        }
        if (clients.size() > 1) {
            return AccountMatch.AMBIGUOUS;
        }
        UUID openInvoice = invoices.size() == 1 && invoices.get(0).open() ? invoices.get(0).id() : null;
        return AccountMatch.client(clients.iterator().next(), openInvoice);
    }

    @Override
    public boolean clientExists(UUID clientId) {
        return jdbc.sql("select count(*) from crm_clients where id = ?").param(clientId).query(Long.class)
                .single() > 0;
    }

    private record NamedInvoice(UUID id, UUID clientId, boolean open) {
    }
}
