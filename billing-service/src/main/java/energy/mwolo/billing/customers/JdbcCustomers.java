package energy.mwolo.billing.customers;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the crm read model; the billable contracts in id pages (the primary key's order). */
@Repository
class JdbcCustomers implements Customers {

    private static final String CONTRACT_COLUMNS = """
            id, number, client_id, site_id, site_protected, contract_type, fixed_fee, price_per_kwh, tariff_code,
            currency, billing_day, start_date, service_end, status""";
    /** {@link BilledContract#billableIn} in SQL. */
    private static final String BILLABLE = """
            contract_type in ('monthly_flat_fee', 'metered') and status in ('active', 'terminated')
            and start_date <= :last and (service_end is null or service_end >= :first)""";

    private final JdbcClient jdbc;

    JdbcCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BilledContract> contract(UUID contractId) {
        return jdbc.sql("select " + CONTRACT_COLUMNS + " from crm_contracts where id = ?").param(contractId)
                .query(JdbcCustomers::contract).optional();
    }

    @Override
    public Optional<ClientSummary> client(UUID clientId) {
        return jdbc.sql("""
                        select id, number, name, preferred_language, email, phone, agency_id, status
                        from crm_clients where id = ?""")
                .param(clientId)
                .query((row, n) -> new ClientSummary(row.getObject("id", UUID.class), row.getString("number"),
                        row.getString("name"), row.getString("preferred_language"), row.getString("email"),
                        row.getString("phone"), row.getObject("agency_id", UUID.class), row.getString("status")))
                .optional();
    }

    @Override
    public Optional<SiteSummary> site(UUID siteId) {
        return jdbc.sql("select id, reference, name, address from crm_sites where id = ?").param(siteId)
                .query((row, n) -> new SiteSummary(row.getObject("id", UUID.class), row.getString("reference"),
                        row.getString("name"), row.getString("address")))
                .optional();
    }

    @Override
    public boolean siteProtected(UUID siteId) {
        return jdbc.sql("select is_protected from crm_sites where id = ?").param(siteId).query(Boolean.class)
                .optional().orElse(false);
    }

    @Override
    public List<BilledContract> billableIn(BillingPeriod period, UUID after, int limit) {
        String sql = "select " + CONTRACT_COLUMNS + " from crm_contracts where " + BILLABLE
                + (after == null ? "" : " and id > :after") + " order by id limit :limit";
        var statement = jdbc.sql(sql)
                .param("first", Date.valueOf(period.firstDay()))
                .param("last", Date.valueOf(period.lastDay()))
                .param("limit", limit);
        if (after != null) {
            statement = statement.param("after", after);
        }
        return statement.query(JdbcCustomers::contract).list();
    }

    @Override
    public long countBillableIn(BillingPeriod period) {
        return jdbc.sql("select count(*) from crm_contracts where " + BILLABLE)
                .param("first", Date.valueOf(period.firstDay()))
                .param("last", Date.valueOf(period.lastDay()))
                .query(Long.class).single();
    }

    private static BilledContract contract(ResultSet row, int number) throws SQLException {
        Date end = row.getDate("service_end");
        return new BilledContract(row.getObject("id", UUID.class), row.getString("number"),
                row.getObject("client_id", UUID.class), row.getObject("site_id", UUID.class),
                row.getBoolean("site_protected"),
                ContractType.valueOf(row.getString("contract_type").toUpperCase(Locale.ROOT)),
                row.getBigDecimal("fixed_fee"), row.getBigDecimal("price_per_kwh"), row.getString("tariff_code"),
                Currency.valueOf(row.getString("currency")), row.getInt("billing_day"),
                row.getDate("start_date").toLocalDate(), end == null ? null : end.toLocalDate(),
                ContractStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)));
    }
}
