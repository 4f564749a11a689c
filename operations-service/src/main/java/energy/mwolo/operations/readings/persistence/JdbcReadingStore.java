package energy.mwolo.operations.readings.persistence;

import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.operations.readings.application.ReadingStore;
import energy.mwolo.operations.readings.model.ReadingFlag;
import energy.mwolo.operations.readings.model.RegisterAt;
import energy.mwolo.platform.jdbc.PostgresBinaryCopy;
import energy.mwolo.platform.jdbc.PostgresText;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Batched JDBC against the partitioned {@code readings} table: one statement per batch for the meters' state, one
 * binary COPY for the rows (a statement skipping the taken keys when one is), one for the meters' progress (last
 * reading, contact and typical day).
 * Only readings usable for consumption (no {@code negative_consumption}, no {@code future_dated} flag) serve as
 * neighbours of a late one.
 */
@Repository
class JdbcReadingStore implements ReadingStore {

    private static final List<String> COPY_COLUMNS = List.of("meter_id", "read_at", "message_id", "register_kwh",
            "export_kwh", "voltage_v", "power_kw", "relay_state", "alarms", "flags", "consumption_kwh", "source",
            "received_at");

    private static final String UNIQUE_VIOLATION = "23505";

    private static final String USABLE = "not (flags && array['negative_consumption', 'future_dated']::text[])";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcReadingStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public Map<String, MeterState> meters(Collection<String> numbers) {
        Map<UUID, List<RegisterAt>> openings = new HashMap<>();
        Map<String, MeterState> states = new HashMap<>();
        template.execute((Connection connection) -> {
            Array array = connection.createArrayOf("varchar", numbers.toArray());
            try (PreparedStatement statement = connection.prepareStatement("""
                    select l.meter_id, l.linked_at, l.opening_register_kwh
                      from meter_links l join meters m on m.id = l.meter_id
                     where m.number = any(?)""")) {
                statement.setArray(1, array);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        openings.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(new RegisterAt(rows.getTimestamp(2).toInstant(), rows.getBigDecimal(3)));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    select id, number, last_reading_kwh, last_reading_at, relay_state, typical_daily_kwh
                      from meters where number = any(?)""")) {
                statement.setArray(1, array);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        Timestamp lastAt = rows.getTimestamp(4);
                        RegisterAt last = lastAt == null ? null : new RegisterAt(lastAt.toInstant(), rows.getBigDecimal(3));
                        states.put(rows.getString(2), new MeterState(id, rows.getString(2), last, rows.getString(5),
                                rows.getBigDecimal(6), openings.getOrDefault(id, List.of())));
                    }
                }
            }
            return null;
        });
        return states;
    }

    @Override
    public Optional<RegisterAt> usableAtOrBefore(UUID meter, Instant at) {
        return neighbour(meter, at, "read_at <= ? order by read_at desc");
    }

    @Override
    public Optional<RegisterAt> usableAfter(UUID meter, Instant at) {
        return neighbour(meter, at, "read_at > ? order by read_at");
    }

    private Optional<RegisterAt> neighbour(UUID meter, Instant at, String sideAndOrder) {
        return jdbc.sql("select read_at, register_kwh from readings where meter_id = ? and " + USABLE + " and "
                        + sideAndOrder + " limit 1")
                .params(meter, Timestamp.from(at))
                .query((row, n) -> new RegisterAt(row.getTimestamp(1).toInstant(), row.getBigDecimal(2)))
                .optional();
    }

    /**
     * The two neighbours of each meter and instant as a lateral pair of {@code limit 1} index scans (run-time
     * partition pruning keeps each to the partitions around the instant); {@code distinct} keeps a reading that
     * neighbours two instants once.
     */
    @Override
    public Map<UUID, List<RegisterAt>> usableAround(Collection<UUID> meters, Collection<Instant> instants) {
        Map<UUID, List<RegisterAt>> around = new HashMap<>();
        if (meters.isEmpty() || instants.isEmpty()) {
            return around;
        }
        template.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select distinct m.id, n.read_at, n.register_kwh
                      from unnest(?::uuid[]) as m(id) cross join unnest(?::timestamptz[]) as b(at)
                     cross join lateral (
                           (select read_at, register_kwh from readings
                             where meter_id = m.id and %1$s and read_at <= b.at order by read_at desc limit 1)
                           union all
                           (select read_at, register_kwh from readings
                             where meter_id = m.id and %1$s and read_at > b.at order by read_at limit 1)) n"""
                    .formatted(USABLE))) {
                statement.setArray(1, connection.createArrayOf("uuid", meters.toArray()));
                statement.setArray(2, connection.createArrayOf("timestamptz",
                        instants.stream().map(Timestamp::from).toArray()));
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        around.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(new RegisterAt(rows.getTimestamp(2).toInstant(), rows.getBigDecimal(3)));
                    }
                }
            }
            return null;
        });
        return around;
    }

    /**
     * A poll's readings are new ones nearly always (the validation has met the stored ones as duplicates already), so
     * they are first COPied in binary, PostgreSQL's fastest way in (it parses no text), under a savepoint; only when a
     * key is taken (a poll delivered again, a manual reading at the same instant stored meanwhile) does the savepoint
     * undo the copy and {@link #insertSkippingTaken} store the rest.
     */
    @Override
    public boolean[] insert(List<NewReading> readings) {
        boolean[] stored = new boolean[readings.size()];
        if (readings.isEmpty()) {
            return stored;
        }
        Boolean copied = template.execute((Connection connection) -> {
            Savepoint before = connection.setSavepoint();
            try {
                PostgresBinaryCopy.copy(connection, "readings", COPY_COLUMNS, readings.stream().map(JdbcReadingStore::row)
                        .toList());
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(before);
                return false;
            }
            connection.releaseSavepoint(before);
            return true;
        });
        if (Boolean.TRUE.equals(copied)) {
            Arrays.fill(stored, true);
            return stored;
        }
        return insertSkippingTaken(readings);
    }

    private static Object[] row(NewReading reading) {
        return new Object[] {reading.meterId(), reading.readAt(), reading.messageId(), reading.registerKwh(),
            reading.exportKwh(), reading.voltageV(), reading.powerKw(), reading.relayState(), reading.alarms(),
            codes(reading.flags()), reading.consumptionKwh(), reading.source(), reading.receivedAt()};
    }

    /**
     * One statement for the whole poll: the rows travel as arrays, one per column, and {@code unnest} turns them back
     * into rows ({@code alarms} and {@code flags} as comma-joined text, their codes holding no comma); the rows the
     * key let in come back through {@code returning}.
     */
    private boolean[] insertSkippingTaken(List<NewReading> readings) {
        boolean[] stored = new boolean[readings.size()];
        int n = readings.size();
        Object[][] columns = new Object[12][n];
        for (int i = 0; i < n; i++) {
            NewReading reading = readings.get(i);
            columns[0][i] = reading.meterId();
            columns[1][i] = reading.readAt();
            columns[2][i] = reading.messageId();
            columns[3][i] = reading.registerKwh();
            columns[4][i] = reading.exportKwh();
            columns[5][i] = reading.voltageV();
            columns[6][i] = reading.powerKw();
            columns[7][i] = reading.relayState();
            columns[8][i] = String.join(",", reading.alarms());
            columns[9][i] = String.join(",", codes(reading.flags()));
            columns[10][i] = reading.consumptionKwh();
            columns[11][i] = reading.source();
        }
        Timestamp receivedAt = Timestamp.from(readings.get(0).receivedAt());
        Set<String> inserted = new HashSet<>();
        template.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into readings (meter_id, read_at, message_id, register_kwh, export_kwh, voltage_v,
                                          power_kw, relay_state, alarms, flags, consumption_kwh, source, received_at)
                    select r.meter_id, r.read_at, r.message_id, r.register_kwh, r.export_kwh, r.voltage_v, r.power_kw,
                           r.relay_state, coalesce(string_to_array(nullif(r.alarms, ''), ','), '{}'),
                           coalesce(string_to_array(nullif(r.flags, ''), ','), '{}'), r.consumption_kwh, r.source, ?
                      from unnest(?::text[]::uuid[], ?::text[]::timestamptz[], ?::text[]::uuid[],
                                  ?::text[]::numeric[], ?::text[]::numeric[], ?::text[]::numeric[],
                                  ?::text[]::numeric[], ?::text[], ?::text[], ?::text[], ?::text[]::numeric[],
                                  ?::text[])
                           as r(meter_id, read_at, message_id, register_kwh, export_kwh, voltage_v, power_kw,
                                relay_state, alarms, flags, consumption_kwh, source)
                    on conflict (meter_id, read_at) do nothing
                    returning meter_id, read_at""")) {
                statement.setTimestamp(1, receivedAt);
                for (int c = 0; c < columns.length; c++) {
                    statement.setArray(c + 2, texts(connection, columns[c]));
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class) + "@" + rows.getTimestamp(2).toInstant());
                    }
                }
            }
            return null;
        });
        for (int i = 0; i < n; i++) {
            stored[i] = inserted.contains(readings.get(i).meterId() + "@" + readings.get(i).readAt());
        }
        return stored;
    }

    @Override
    public void progress(Collection<MeterProgress> meters) {
        if (meters.isEmpty()) {
            return;
        }
        List<MeterProgress> sorted = sorted(meters);
        Object[] ids = sorted.stream().map(MeterProgress::meterId).toArray();
        Object[] readAt = sorted.stream().map(p -> p.lastReading() == null ? null : p.lastReading().at()).toArray();
        Object[] kwh = sorted.stream().map(p -> p.lastReading() == null ? null : p.lastReading().kwh()).toArray();
        Object[] seen = sorted.stream().map(MeterProgress::seenAt).toArray();
        Object[] typical = sorted.stream().map(MeterProgress::typicalDailyKwh).toArray();
        template.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    update meters m
                       set last_reading_kwh = case when v.read_at is not null
                                                    and (m.last_reading_at is null or m.last_reading_at < v.read_at)
                                                   then v.kwh else m.last_reading_kwh end,
                           last_reading_at = case when v.read_at is not null
                                                   and (m.last_reading_at is null or m.last_reading_at < v.read_at)
                                                  then v.read_at else m.last_reading_at end,
                           last_seen_at = greatest(m.last_seen_at, v.seen_at),
                           typical_daily_kwh = coalesce(v.typical, m.typical_daily_kwh)
                      from unnest(?::text[]::uuid[], ?::text[]::timestamptz[], ?::text[]::numeric[],
                                  ?::text[]::timestamptz[], ?::text[]::numeric[])
                           as v(id, read_at, kwh, seen_at, typical)
                     where m.id = v.id""")) {
                statement.setArray(1, texts(connection, ids));
                statement.setArray(2, texts(connection, readAt));
                statement.setArray(3, texts(connection, kwh));
                statement.setArray(4, texts(connection, seen));
                statement.setArray(5, texts(connection, typical));
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** In id order, so two batches updating the same meters lock them in the same order and cannot deadlock. */
    private static List<MeterProgress> sorted(Collection<MeterProgress> meters) {
        return meters.stream().sorted(Comparator.comparing(MeterProgress::meterId)).toList();
    }

    @Override
    public int park(List<IncomingReading> readings, Instant now) {
        int[][] counts = template.batchUpdate("""
                insert into parked_readings (message_id, meter_number, read_at, payload, received_at)
                values (?, ?, ?, ?::jsonb, ?) on conflict (message_id) do nothing""", readings, 500,
                (statement, reading) -> {
                    statement.setObject(1, reading.messageId());
                    statement.setString(2, reading.meterNumber());
                    statement.setTimestamp(3, Timestamp.from(reading.readAt()));
                    statement.setString(4, reading.payload());
                    statement.setTimestamp(5, Timestamp.from(now));
                });
        int parked = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                parked += count > 0 ? 1 : 0;
            }
        }
        return parked;
    }

    @Override
    public List<String> parkedOfKnownMeters(int limit) {
        return jdbc.sql("""
                select p.payload::text from parked_readings p join meters m on m.number = p.meter_number
                 order by p.received_at limit ?""").param(limit).query(String.class).list();
    }

    @Override
    public void unpark(Collection<UUID> messageIds) {
        template.batchUpdate("delete from parked_readings where message_id = ?", List.copyOf(messageIds), 500,
                (statement, id) -> statement.setObject(1, id));
    }

    @Override
    public void recompute(Collection<PeriodMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                insert into consumption_recomputations (meter_id, period_start) values (?, ?)
                on conflict do nothing""", List.copyOf(marks), 500, (statement, mark) -> {
            statement.setObject(1, mark.meterId());
            statement.setObject(2, mark.periodStart());
        });
    }

    /**
     * A column of values as a text array, cast to its type in the statement: instants in ISO-8601 UTC and decimals
     * in plain notation read the same whatever the session's time zone.
     */
    private static Array texts(Connection connection, Object[] values) throws SQLException {
        String[] texts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            texts[i] = value == null ? null : PostgresText.of(value);
        }
        return connection.createArrayOf("text", texts);
    }

    /** The flags' codes in order; most readings have none, and are spared a stream. */
    private static List<String> codes(Collection<ReadingFlag> flags) {
        if (flags.isEmpty()) {
            return List.of();
        }
        return flags.stream().map(flag -> flag.name().toLowerCase(Locale.ROOT)).sorted().toList();
    }
}
