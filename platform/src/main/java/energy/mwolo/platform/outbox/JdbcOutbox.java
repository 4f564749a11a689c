package energy.mwolo.platform.outbox;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.platform.jdbc.PostgresCopy;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.RequestIdFilter;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/** Writes outbox rows with plain JDBC, joining the transaction already open on the service's DataSource. */
final class JdbcOutbox implements Outbox {

    static final String SYSTEM = "system";

    private static final List<String> COLUMNS = List.of("id", "aggregate_type", "aggregate_id", "event_type",
            "schema_version", "payload", "occurred_at", "trace_parent", "request_id", "actor");

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final String module;
    private final Supplier<String> traceParent;
    private final Clock clock;
    private final OutboxMetrics metrics;

    JdbcOutbox(JdbcClient jdbc, JdbcOperations batches, String module, Supplier<String> traceParent, Clock clock,
               OutboxMetrics metrics) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.module = module;
        this.traceParent = traceParent;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The user behind the change; {@code anonymous} for a request without token, {@code system} for jobs. */
    static String actor() {
        CurrentUser user = CurrentUser.current();
        if (user.authenticated()) {
            return user.actor();
        }
        return RequestContextHolder.getRequestAttributes() != null ? "anonymous" : SYSTEM;
    }

    @Override
    public <T> void publish(EventContract<T> contract, String aggregateId, T payload) {
        check(contract, payload);
        jdbc.sql("""
                INSERT INTO outbox (id, aggregate_type, aggregate_id, event_type, schema_version, payload,
                                    occurred_at, trace_parent, request_id, actor)
                VALUES (:id, :aggregateType, :aggregateId, :eventType, :version, CAST(:payload AS jsonb),
                        :occurredAt, :traceParent, :requestId, :actor)
                """)
                .param("id", Uuids.timeOrdered())
                .param("aggregateType", contract.aggregateType())
                .param("aggregateId", aggregateId)
                .param("eventType", contract.type())
                .param("version", contract.version())
                .param("payload", ContractJson.write(payload))
                .param("occurredAt", Timestamp.from(clock.instant()))
                .param("traceParent", traceParent.get())
                .param("requestId", MDC.get(RequestIdFilter.MDC_KEY))
                .param("actor", actor())
                .update();
        metrics.committed(contract, 1);
    }

    /**
     * One COPY for all the rows, in the transaction's connection; ids are taken in the given order and the rows
     * written in it, so the relay keeps that order (logical decoding sees copied rows as inserts).
     */
    @Override
    public <T> void publishAll(EventContract<T> contract, List<Keyed<T>> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(events.size());
        Timestamp occurredAt = Timestamp.from(clock.instant());
        String trace = traceParent.get();
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        String actor = actor();
        for (Keyed<T> event : events) {
            check(contract, event.payload());
            rows.add(new Object[] {Uuids.timeOrdered(), contract.aggregateType(), event.aggregateId(),
                contract.type(), contract.version(), ContractJson.write(event.payload()), occurredAt, trace,
                requestId, actor});
        }
        PostgresCopy.copy(batches, "outbox", COLUMNS, rows);
        metrics.committed(contract, rows.size());
    }

    private <T> void check(EventContract<T> contract, T payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the transaction of the change it reports");
        }
        if (!module.equals(contract.module())) {
            throw new IllegalStateException(module + " cannot publish " + contract.type() + ": not its event");
        }
        if (!contract.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(contract.type() + " expects " + contract.payloadType().getName());
        }
    }
}
