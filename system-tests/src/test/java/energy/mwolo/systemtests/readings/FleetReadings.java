package energy.mwolo.systemtests.readings;

import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.embedded.SharedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fleet's meters and readings as operations' database holds them, read and written as the database's superuser.
 * The meters are registered by rows, not through the API: the API path (crm's site, the equipment, the meter) is
 * covered by operations' own tests and the metering scenario; what these scenarios test is ingestion.
 */
final class FleetReadings {

    /** Where a reading is: its meter's number and its instant. */
    record Key(String meterNumber, Instant readAt) {
    }

    static final String DATABASE = "mwolo_operations";

    private final String prefix;

    FleetReadings(String prefix) {
        this.prefix = prefix;
    }

    static DataSource database() {
        return SharedPostgres.start().superuserDataSource(DATABASE);
    }

    /** Registers each number as a connected postpaid meter on its own piece of equipment, on one site. */
    void register(List<String> numbers) {
        UUID site = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database().getConnection();
             PreparedStatement equipment = connection.prepareStatement("insert into equipment (id, type, serial_number,"
                     + " site_id, status, created_at, updated_at) values (?, 'meter', ?, ?, 'active', ?, ?)");
             PreparedStatement meter = connection.prepareStatement("insert into meters (id, number, equipment_id,"
                     + " site_id, kind, remote_relay, relay_state, created_at, updated_at)"
                     + " values (?, ?, ?, ?, 'postpaid', false, 'connected', ?, ?)")) {
            for (String number : numbers) {
                UUID equipmentId = UUID.randomUUID();
                equipment.setObject(1, equipmentId);
                equipment.setString(2, "SN-" + number);
                equipment.setObject(3, site);
                equipment.setTimestamp(4, now);
                equipment.setTimestamp(5, now);
                equipment.addBatch();
                meter.setObject(1, UUID.randomUUID());
                meter.setString(2, number);
                meter.setObject(3, equipmentId);
                meter.setObject(4, site);
                meter.setTimestamp(5, now);
                meter.setTimestamp(6, now);
                meter.addBatch();
            }
            equipment.executeBatch();
            meter.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register the fleet's meters", e);
        }
    }

    /** Rows in {@code readings} for the fleet's meters. */
    long stored() {
        return count("select count(*) from readings r join meters m on m.id = r.meter_id where m.number like ?");
    }

    /** Readings of the fleet parked as of unknown meters: none is expected, its meters are registered first. */
    long parked() {
        return count("select count(*) from parked_readings where meter_number like ?");
    }

    /** Each stored (meter, instant) with the message id stored for it; a key stored twice fails. */
    Map<Key, UUID> storedOnce() {
        Map<Key, UUID> stored = new HashMap<>();
        try (Connection connection = database().getConnection();
             PreparedStatement query = connection.prepareStatement("select m.number, r.read_at, min(r.message_id::text),"
                     + " count(*) from readings r join meters m on m.id = r.meter_id where m.number like ?"
                     + " group by m.number, r.read_at")) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Key key = new Key(rows.getString(1), rows.getTimestamp(2).toInstant());
                    if (rows.getLong(4) != 1) {
                        throw new AssertionError(key + " is stored " + rows.getLong(4) + " times");
                    }
                    stored.put(key, UUID.fromString(rows.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return stored;
    }

    /** What the fleet published and the broker acknowledged, by (meter, instant). */
    static Map<Key, UUID> byKey(List<MeterReading> readings) {
        Map<Key, UUID> published = new HashMap<>();
        for (MeterReading reading : readings) {
            UUID earlier = published.put(new Key(reading.meterNumber(), reading.readAt()), reading.messageId());
            if (earlier != null && !earlier.equals(reading.messageId())) {
                throw new IllegalStateException("the fleet published two readings at " + reading.readAt() + " for "
                        + reading.meterNumber());
            }
        }
        return published;
    }

    private long count(String sql) {
        try (Connection connection = database().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
