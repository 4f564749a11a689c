package energy.mwolo.operations.readings.persistence;

import energy.mwolo.operations.persistence.Filters;
import energy.mwolo.operations.readings.application.ReadingDirectory;
import energy.mwolo.operations.readings.application.ReadingView;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A page of a meter's readings is a backward scan of the key (meter, read_at) over the partitions in range. */
@Repository
class JdbcReadingDirectory implements ReadingDirectory {

    private final JdbcClient jdbc;

    JdbcReadingDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> meterByNumber(String number) {
        return jdbc.sql("select id from meters where number = ?").param(number).query(UUID.class).optional();
    }

    @Override
    public long count(UUID meter, Instant from, Instant to) {
        Filters filters = filters(meter, from, to);
        return jdbc.sql("select count(*) from readings" + filters.sql()).params(filters.params())
                .query(Long.class).single();
    }

    @Override
    public List<ReadingView> find(UUID meter, Instant from, Instant to, long offset, int limit) {
        Filters filters = filters(meter, from, to);
        return jdbc.sql("""
                select meter_id, read_at, message_id, register_kwh, export_kwh, voltage_v, power_kw, relay_state,
                       alarms, flags, consumption_kwh, source, received_at
                  from readings""" + filters.sql() + " order by read_at desc limit " + limit + " offset " + offset)
                .params(filters.params())
                .query(JdbcReadingDirectory::view)
                .list();
    }

    private static Filters filters(UUID meter, Instant from, Instant to) {
        return new Filters().equal("meter_id", meter)
                .where("read_at >= ?", from == null ? null : Timestamp.from(from))
                .where("read_at < ?", to == null ? null : Timestamp.from(to));
    }

    private static ReadingView view(ResultSet row, int n) throws SQLException {
        return new ReadingView(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant(),
                row.getObject(3, UUID.class), row.getBigDecimal(4), row.getBigDecimal(5), row.getBigDecimal(6),
                row.getBigDecimal(7), row.getString(8), texts(row.getArray(9)), texts(row.getArray(10)),
                row.getBigDecimal(11), row.getString(12), row.getTimestamp(13).toInstant());
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
