package energy.mwolo.crm.contracts.persistence;

import energy.mwolo.crm.contracts.application.ContractDirectory;
import energy.mwolo.crm.contracts.application.ContractQuery;
import energy.mwolo.crm.contracts.model.Contract;
import energy.mwolo.crm.contracts.model.ContractStatus;
import energy.mwolo.crm.contracts.model.ContractType;
import energy.mwolo.crm.contracts.model.Contracts;
import energy.mwolo.crm.contracts.model.Currency;
import energy.mwolo.crm.contracts.model.TariffCode;
import energy.mwolo.crm.contracts.model.Terms;
import energy.mwolo.crm.persistence.Ordering;
import energy.mwolo.crm.persistence.Where;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcContracts implements Contracts, ContractDirectory {

    private static final Map<String, String> ORDERABLE = Map.of("start_date", "start_date", "created_at", "created_at");

    private final JdbcClient jdbc;

    JdbcContracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextNumber() {
        return jdbc.sql("select nextval('contract_numbers')").query(Long.class).single();
    }

    @Override
    public void add(Contract contract) {
        jdbc.sql("""
                insert into contracts (id, number, client_id, site_id, contract_type, fixed_fee, price_per_kwh,
                                       tariff_code, currency, billing_day, start_date, end_date, status, created_at,
                                       updated_at)
                values (:id, :number, :client, :site, :type, :fixedFee, :pricePerKwh, :tariffCode, :currency,
                        :billingDay, :startDate, :endDate, :status, :createdAt, :updatedAt)""")
                .params(columns(contract)).update();
    }

    @Override
    public void update(Contract contract) {
        jdbc.sql("""
                update contracts set contract_type = :type, fixed_fee = :fixedFee, price_per_kwh = :pricePerKwh,
                       tariff_code = :tariffCode, currency = :currency, billing_day = :billingDay,
                       start_date = :startDate, end_date = :endDate, status = :status, updated_at = :updatedAt
                where id = :id""")
                .params(columns(contract)).update();
    }

    @Override
    public Optional<Contract> byId(UUID id) {
        return jdbc.sql("select * from contracts where id = ?").param(id).query(JdbcContracts::contract).optional();
    }

    @Override
    public long count(ContractQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from contracts" + where.sql()).params(where.params()).query(Long.class)
                .single();
    }

    @Override
    public List<Contract> find(ContractQuery query, long offset, int limit) {
        Where where = where(query);
        return jdbc.sql("select * from contracts" + where.sql() + Ordering.sql(query.ordering(), ORDERABLE,
                        "created_at") + " limit :limit offset :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query(JdbcContracts::contract).list();
    }

    private static Where where(ContractQuery query) {
        Where where = new Where();
        where.ownedBy("client_id", query.restricted(), query.onlyClient());
        where.addIf(query.client() != null, "client_id = :client", "client", query.client());
        where.addIf(query.site() != null, "site_id = :site", "site", query.site());
        where.addIf(query.status() != null, "status = :status", "status",
                query.status() == null ? null : ContractStatus.of(query.status()).code());
        where.addIf(query.contractType() != null, "contract_type = :type", "type",
                query.contractType() == null ? null : ContractType.of(query.contractType()).code());
        return where;
    }

    private static Map<String, Object> columns(Contract c) {
        Terms t = c.terms();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", c.id());
        columns.put("number", c.number());
        columns.put("client", c.clientId());
        columns.put("site", c.siteId());
        columns.put("type", t.type().code());
        columns.put("fixedFee", t.fixedFee());
        columns.put("pricePerKwh", t.pricePerKwh());
        columns.put("tariffCode", TariffCode.text(t.tariffCode()));
        columns.put("currency", t.currency().name());
        columns.put("billingDay", t.billingDay());
        columns.put("startDate", Date.valueOf(t.startDate()));
        columns.put("endDate", t.endDate() == null ? null : Date.valueOf(t.endDate()));
        columns.put("status", c.status().code());
        columns.put("createdAt", Timestamp.from(c.createdAt()));
        columns.put("updatedAt", Timestamp.from(c.updatedAt()));
        return columns;
    }

    private static Contract contract(ResultSet rs, int row) throws SQLException {
        Date end = rs.getDate("end_date");
        Terms terms = new Terms(ContractType.of(rs.getString("contract_type")), rs.getBigDecimal("fixed_fee"),
                rs.getBigDecimal("price_per_kwh"), TariffCode.parse(rs.getString("tariff_code")),
                Currency.of(rs.getString("currency")), rs.getInt("billing_day"),
                rs.getDate("start_date").toLocalDate(), end == null ? null : end.toLocalDate());
        return new Contract(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("client_id", UUID.class), rs.getObject("site_id", UUID.class), terms,
                ContractStatus.of(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
