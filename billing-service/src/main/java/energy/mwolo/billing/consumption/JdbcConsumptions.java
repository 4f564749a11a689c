package energy.mwolo.billing.consumption;

import energy.mwolo.billing.kernel.BillingPeriod;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code consumptions}, one row per contract and month ({@code period} is its first day). The row keeps the
 * highest operations revision applied: a revision not above it changes nothing, whichever order they arrive in;
 * an accountant's entry replaces the figure and keeps that revision, so only a later correction from operations
 * replaces the entry.
 */
@Repository
class JdbcConsumptions implements Consumptions {

    private static final String COLUMNS = "contract_id, period, kwh, estimated, source";

    private final JdbcClient jdbc;

    JdbcConsumptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies an operations figure; false when a revision as high or higher was applied already. */
    boolean recordRevision(Consumption consumption, int revision, Instant occurredAt) {
        return jdbc.sql("""
                        insert into consumptions (contract_id, period, kwh, estimated, source, revision, recorded_at)
                        values (:contract, :period, :kwh, :estimated, 'operations', :revision, :at)
                        on conflict (contract_id, period) do update set kwh = excluded.kwh,
                            estimated = excluded.estimated, source = excluded.source, revision = excluded.revision,
                            recorded_at = excluded.recorded_at, recorded_by = null
                        where consumptions.revision < excluded.revision""")
                .param("contract", consumption.contractId())
                .param("period", Date.valueOf(consumption.period().firstDay()))
                .param("kwh", consumption.kwh())
                .param("estimated", consumption.estimated())
                .param("revision", revision)
                .param("at", Timestamp.from(occurredAt))
                .update() > 0;
    }

    /** An accountant's figure: replaces whatever is there, keeping the operations revision reached. */
    void recordManual(Consumption consumption, String actor, Instant at) {
        jdbc.sql("""
                insert into consumptions (contract_id, period, kwh, estimated, source, revision, recorded_at,
                                          recorded_by)
                values (:contract, :period, :kwh, false, 'manual', 0, :at, :actor)
                on conflict (contract_id, period) do update set kwh = excluded.kwh, estimated = false,
                    source = 'manual', recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .param("contract", consumption.contractId())
                .param("period", Date.valueOf(consumption.period().firstDay()))
                .param("kwh", consumption.kwh())
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    @Override
    public Optional<Consumption> of(UUID contractId, BillingPeriod period) {
        return jdbc.sql("select " + COLUMNS + " from consumptions where contract_id = :contract and period = :period")
                .param("contract", contractId)
                .param("period", Date.valueOf(period.firstDay()))
                .query(JdbcConsumptions::consumption).optional();
    }

    @Override
    public Map<UUID, Consumption> of(Collection<UUID> contractIds, BillingPeriod period) {
        Map<UUID, Consumption> found = new HashMap<>();
        if (contractIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS + " from consumptions where period = :period and contract_id = any(:ids)")
                .param("period", Date.valueOf(period.firstDay()))
                .param("ids", contractIds.toArray(UUID[]::new))
                .query(JdbcConsumptions::consumption).list()
                .forEach(consumption -> found.put(consumption.contractId(), consumption));
        return found;
    }

    @Override
    public List<Consumption> before(UUID contractId, BillingPeriod period, int count) {
        return jdbc.sql("select " + COLUMNS + " from consumptions where contract_id = :contract and period < :period"
                        + " order by period desc limit :count")
                .param("contract", contractId)
                .param("period", Date.valueOf(period.firstDay()))
                .param("count", count)
                .query(JdbcConsumptions::consumption).list();
    }

    @Override
    public long count(UUID contractId, BillingPeriod period) {
        return jdbc.sql("select count(*) from consumptions where " + filters(contractId, period))
                .paramSource(parameters(contractId, period)).query(Long.class).single();
    }

    @Override
    public List<Consumption> find(UUID contractId, BillingPeriod period, long offset, int limit) {
        Map<String, Object> parameters = parameters(contractId, period);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from consumptions where " + filters(contractId, period)
                        + " order by period desc, contract_id offset :offset limit :limit")
                .paramSource(parameters).query(JdbcConsumptions::consumption).list();
    }

    private static String filters(UUID contractId, BillingPeriod period) {
        return "true" + (contractId == null ? "" : " and contract_id = :contract")
                + (period == null ? "" : " and period = :period");
    }

    private static Map<String, Object> parameters(UUID contractId, BillingPeriod period) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("contract", contractId);
        parameters.put("period", period == null ? null : Date.valueOf(period.firstDay()));
        return parameters;
    }

    private static Consumption consumption(ResultSet row, int number) throws SQLException {
        return new Consumption(row.getObject("contract_id", UUID.class),
                new BillingPeriod(YearMonth.from(row.getDate("period").toLocalDate())), row.getBigDecimal("kwh"),
                row.getBoolean("estimated"), row.getString("source"));
    }
}
