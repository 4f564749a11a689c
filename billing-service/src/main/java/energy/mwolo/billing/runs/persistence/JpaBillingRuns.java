package energy.mwolo.billing.runs.persistence;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.runs.model.BillingRun;
import energy.mwolo.billing.runs.model.BillingRuns;
import energy.mwolo.billing.runs.model.RunItem;
import energy.mwolo.billing.runs.model.RunStatus;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Runs as JPA entities; the contracts they did not bill in {@code billing_run_items}, written by plain JDBC in the
 * batch's transaction (thousands of rows, no aggregate to map).
 */
@Repository
class JpaBillingRuns implements BillingRuns {

    private final BillingRunEntities entities;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    JpaBillingRuns(BillingRunEntities entities, EntityManager entityManager, JdbcClient jdbc, JdbcTemplate batches) {
        this.entities = entities;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public void lockPeriod(BillingPeriod period) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "billing-run:" + period)
                .query().singleRow();
    }

    @Override
    public Optional<BillingRun> runningFor(BillingPeriod period) {
        return entities.findByPeriodAndStatus(period.firstDay(), "running").map(BillingRunEntity::toModel);
    }

    @Override
    public void add(BillingRun run) {
        entityManager.persist(BillingRunEntity.from(run));
        entityManager.flush();
    }

    @Override
    public Optional<BillingRun> byId(UUID id) {
        return entities.findById(id).map(BillingRunEntity::toModel);
    }

    @Override
    public void update(BillingRun run) {
        entities.findById(run.id()).orElseThrow().apply(run);
        entityManager.flush();
    }

    @Override
    public Optional<RunStatus> statusOf(UUID id) {
        return jdbc.sql("select status from billing_runs where id = ?").param(id).query(String.class).optional()
                .map(status -> RunStatus.valueOf(status.toUpperCase(Locale.ROOT)));
    }

    /** One batched statement: a month whose metered contracts wait for their readings lists thousands at once. */
    @Override
    public void addItems(UUID runId, List<RunItem> items) {
        if (items.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                        insert into billing_run_items (run_id, contract_id, contract_number, outcome, code, arguments)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (run_id, contract_id) do update set outcome = excluded.outcome,
                            code = excluded.code, arguments = excluded.arguments""",
                items.stream().map(item -> new Object[] {runId, item.contractId(), item.contractNumber(),
                    Codes.of(item.outcome()), item.code(), item.arguments().toArray(String[]::new)}).toList());
    }

    @Override
    public long countItems(UUID runId, RunItem.Outcome outcome) {
        Map<String, Object> parameters = itemFilter(runId, outcome);
        return jdbc.sql("select count(*) from billing_run_items where run_id = :run"
                        + (outcome == null ? "" : " and outcome = :outcome"))
                .params(parameters).query(Long.class).single();
    }

    @Override
    public List<RunItem> items(UUID runId, RunItem.Outcome outcome, long offset, int limit) {
        Map<String, Object> parameters = itemFilter(runId, outcome);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        return jdbc.sql("select contract_id, contract_number, outcome, code, arguments from billing_run_items"
                        + " where run_id = :run" + (outcome == null ? "" : " and outcome = :outcome")
                        + " order by recorded_at, contract_id offset :offset limit :limit")
                .params(parameters)
                .query((row, number) -> new RunItem(row.getObject("contract_id", UUID.class),
                        row.getString("contract_number"),
                        RunItem.Outcome.valueOf(row.getString("outcome").toUpperCase(Locale.ROOT)),
                        row.getString("code"), arguments(row.getArray("arguments"))))
                .list();
    }

    @Override
    public long count(BillingPeriod period) {
        return period == null ? entities.count()
                : entities.findByPeriod(period.firstDay(), PageRequest.of(0, 1)).getTotalElements();
    }

    @Override
    public List<BillingRun> find(BillingPeriod period, long offset, int limit) {
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "startedAt");
        int page = (int) (offset / limit);
        var found = period == null ? entities.findAll(PageRequest.of(page, limit, newestFirst))
                : entities.findByPeriod(period.firstDay(), PageRequest.of(page, limit, newestFirst));
        return found.map(BillingRunEntity::toModel).getContent();
    }

    private static Map<String, Object> itemFilter(UUID runId, RunItem.Outcome outcome) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("run", runId);
        if (outcome != null) {
            parameters.put("outcome", Codes.of(outcome));
        }
        return parameters;
    }

    private static List<String> arguments(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
