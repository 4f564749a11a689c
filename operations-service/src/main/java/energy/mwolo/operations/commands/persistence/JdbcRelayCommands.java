package energy.mwolo.operations.commands.persistence;

import energy.mwolo.operations.commands.model.CommandAction;
import energy.mwolo.operations.commands.model.CommandId;
import energy.mwolo.operations.commands.model.CommandState;
import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.commands.model.RelayCommands;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * JdbcClient rather than JPA: the dispatcher claims due rows with {@code FOR UPDATE SKIP LOCKED} so that replicas
 * share the work, and the order's uniqueness is taken by {@code ON CONFLICT DO NOTHING}.
 */
@Repository
class JdbcRelayCommands implements RelayCommands {

    private static final String COLUMNS = "id, order_id, meter_id, meter_number, action, reason, state, attempts, "
            + "issued_at, expires_at, next_attempt_at, finished_at, failure, intervention_id, ordered_by";

    private final JdbcClient jdbc;

    JdbcRelayCommands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RelayCommand> byId(CommandId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM relay_commands WHERE id = ? FOR UPDATE").param(id.value())
                .query(JdbcRelayCommands::row).optional();
    }

    @Override
    public Optional<RelayCommand> byOrder(UUID orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM relay_commands WHERE order_id = ?").param(orderId)
                .query(JdbcRelayCommands::row).optional();
    }

    @Override
    public List<RelayCommand> openFor(MeterId meter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM relay_commands WHERE meter_id = ? AND state IN ('pending', 'sent')"
                        + " ORDER BY issued_at FOR UPDATE").param(meter.value())
                .query(JdbcRelayCommands::row).list();
    }

    @Override
    public List<RelayCommand> claimDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM relay_commands WHERE state IN ('pending', 'sent')"
                        + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(Timestamp.from(now), limit).query(JdbcRelayCommands::row).list();
    }

    @Override
    public List<RelayCommand> history(MeterId meter, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM relay_commands WHERE meter_id = ?"
                        + " ORDER BY issued_at DESC, id OFFSET ? LIMIT ?")
                .params(meter.value(), offset, limit).query(JdbcRelayCommands::row).list();
    }

    @Override
    public long countFor(MeterId meter) {
        return jdbc.sql("SELECT count(*) FROM relay_commands WHERE meter_id = ?").param(meter.value())
                .query(Long.class).single();
    }

    @Override
    public boolean add(RelayCommand c) {
        return jdbc.sql("INSERT INTO relay_commands (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (order_id) DO NOTHING")
                .params(c.id().value(), c.orderId(), c.meter().value(), c.meterNumber().value(), Codes.of(c.action()),
                        c.reason(), Codes.of(c.state()), c.attempts(), Timestamp.from(c.issuedAt()),
                        Timestamp.from(c.expiresAt()), timestamp(c.nextAttemptAt()), timestamp(c.finishedAt()),
                        c.failure() == null ? null : Codes.of(c.failure()), c.interventionId(), c.orderedBy())
                .update() == 1;
    }

    @Override
    public void update(RelayCommand c) {
        jdbc.sql("UPDATE relay_commands SET state = ?, attempts = ?, next_attempt_at = ?, finished_at = ?, failure = ?,"
                        + " intervention_id = ? WHERE id = ?")
                .params(Codes.of(c.state()), c.attempts(), timestamp(c.nextAttemptAt()), timestamp(c.finishedAt()),
                        c.failure() == null ? null : Codes.of(c.failure()), c.interventionId(), c.id().value())
                .update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static RelayCommand row(ResultSet rs, int n) throws SQLException {
        String failure = rs.getString("failure");
        return RelayCommand.restore(new CommandId(rs.getObject("id", UUID.class)), rs.getObject("order_id", UUID.class),
                new MeterId(rs.getObject("meter_id", UUID.class)), new MeterNumber(rs.getString("meter_number")),
                Codes.parse(CommandAction.class, rs.getString("action"), "action"), rs.getString("reason"),
                instant(rs, "issued_at"), instant(rs, "expires_at"),
                Codes.parse(CommandState.class, rs.getString("state"), "state"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), instant(rs, "finished_at"),
                failure == null ? null : Codes.parse(RelayCommand.Failure.class, failure, "failure"),
                rs.getObject("intervention_id", UUID.class), rs.getObject("ordered_by", UUID.class));
    }
}
