package energy.mwolo.operations.readings.persistence;

import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.operations.readings.application.ReadingStore;
import energy.mwolo.operations.readings.model.ReadingFlag;
import energy.mwolo.operations.readings.model.RegisterAt;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Batched JDBC against the partitioned {@code readings} table: one statement per batch for the meters' state, one
 * JDBC batch for the rows ({@code on conflict do nothing} on the meter and instant), one for the meters' progress.
 * Only readings usable for consumption (no {@code negative_consumption}, no {@code future_dated} flag) serve as
 * neighbours of a late one.
 */
@Repository
class JdbcReadingStore implements ReadingStore {

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
                    select m.id, m.number, m.last_reading_kwh, m.last_reading_at, m.relay_state, s.typical_daily_kwh
                      from meters m left join meter_reading_stats s on s.meter_id = m.id
                     where m.number = any(?)""")) {
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
        return jdbc.sql("select read_at, register_kwh from readings where meter_id = ? and read_at <= ? and " + USABLE
                        + " order by read_at desc limit 1")
                .params(meter, Timestamp.from(at))
                .query((row, n) -> new RegisterAt(row.getTimestamp(1).toInstant(), row.getBigDecimal(2)))
                .optional();
    }

    @Override
    public Optional<RegisterAt> usableAfter(UUID meter, Instant at) {
        return jdbc.sql("select read_at, register_kwh from readings where meter_id = ? and read_at > ? and " + USABLE
                        + " order by read_at limit 1")
                .params(meter, Timestamp.from(at))
                .query((row, n) -> new RegisterAt(row.getTimestamp(1).toInstant(), row.getBigDecimal(2)))
                .optional();
    }

    @Override
    public boolean[] insert(List<NewReading> readings) {
        boolean[] stored = new boolean[readings.size()];
        if (readings.isEmpty()) {
            return stored;
        }
        template.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into readings (meter_id, read_at, message_id, register_kwh, export_kwh, voltage_v,
                                          power_kw, relay_state, alarms, flags, consumption_kwh, source, received_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (meter_id, read_at) do nothing""")) {
                for (NewReading reading : readings) {
                    statement.setObject(1, reading.meterId());
                    statement.setTimestamp(2, Timestamp.from(reading.readAt()));
                    statement.setObject(3, reading.messageId());
                    statement.setBigDecimal(4, reading.registerKwh());
                    statement.setBigDecimal(5, reading.exportKwh());
                    statement.setBigDecimal(6, reading.voltageV());
                    statement.setBigDecimal(7, reading.powerKw());
                    statement.setString(8, reading.relayState());
                    statement.setArray(9, connection.createArrayOf("text", reading.alarms().toArray()));
                    statement.setArray(10, connection.createArrayOf("text", codes(reading.flags())));
                    statement.setBigDecimal(11, reading.consumptionKwh());
                    statement.setString(12, reading.source());
                    statement.setTimestamp(13, Timestamp.from(reading.receivedAt()));
                    statement.addBatch();
                }
                int[] counts = statement.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    stored[i] = counts[i] > 0;
                }
            }
            return null;
        });
        return stored;
    }

    @Override
    public void progress(Collection<MeterProgress> meters) {
        if (meters.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                update meters
                   set last_reading_kwh = case when ?::timestamptz is not null
                                                and (last_reading_at is null or last_reading_at < ?::timestamptz)
                                               then ?::numeric else last_reading_kwh end,
                       last_reading_at = case when ?::timestamptz is not null
                                               and (last_reading_at is null or last_reading_at < ?::timestamptz)
                                              then ?::timestamptz else last_reading_at end,
                       last_seen_at = greatest(last_seen_at, ?::timestamptz)
                 where id = ?""", sorted(meters), 500, (statement, progress) -> {
            Timestamp at = progress.lastReading() == null ? null : Timestamp.from(progress.lastReading().at());
            BigDecimal kwh = progress.lastReading() == null ? null : progress.lastReading().kwh();
            statement.setTimestamp(1, at);
            statement.setTimestamp(2, at);
            statement.setBigDecimal(3, kwh);
            statement.setTimestamp(4, at);
            statement.setTimestamp(5, at);
            statement.setTimestamp(6, at);
            statement.setTimestamp(7, progress.seenAt() == null ? null : Timestamp.from(progress.seenAt()));
            statement.setObject(8, progress.meterId());
        });
    }

    /** In id order, so two batches updating the same meters lock them in the same order and cannot deadlock. */
    private static List<MeterProgress> sorted(Collection<MeterProgress> meters) {
        return meters.stream().sorted(Comparator.comparing(MeterProgress::meterId)).toList();
    }

    @Override
    public void saveTypicalDaily(Map<UUID, BigDecimal> typicalDailyKwh, Instant now) {
        if (typicalDailyKwh.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("""
                insert into meter_reading_stats (meter_id, typical_daily_kwh, updated_at) values (?, ?, ?)
                on conflict (meter_id) do update set typical_daily_kwh = excluded.typical_daily_kwh,
                                                     updated_at = excluded.updated_at""",
                typicalDailyKwh.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList(), 500,
                (statement, entry) -> {
                    statement.setObject(1, entry.getKey());
                    statement.setBigDecimal(2, entry.getValue());
                    statement.setTimestamp(3, at);
                });
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

    private static Object[] codes(Collection<ReadingFlag> flags) {
        return flags.stream().map(flag -> flag.name().toLowerCase(Locale.ROOT)).sorted().toArray();
    }
}
