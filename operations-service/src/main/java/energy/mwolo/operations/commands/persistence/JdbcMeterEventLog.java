package energy.mwolo.operations.commands.persistence;

import energy.mwolo.operations.commands.application.DeviceEvent;
import energy.mwolo.operations.commands.application.MeterEventLog;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMeterEventLog implements MeterEventLog {

    private final JdbcClient jdbc;

    JdbcMeterEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstTime(DeviceEvent event, Instant receivedAt) {
        return jdbc.sql("INSERT INTO meter_event_log (message_id, meter_number, type, command_id, occurred_at,"
                        + " received_at, outcome, payload) VALUES (?, ?, ?, ?, ?, ?, 'received', ?)"
                        + " ON CONFLICT (message_id) DO NOTHING")
                .params(event.messageId(), event.meterNumber(), event.type(), event.commandId(),
                        Timestamp.from(event.occurredAt()), Timestamp.from(receivedAt), event.json())
                .update() == 1;
    }

    @Override
    public void outcome(DeviceEvent event, String outcome) {
        jdbc.sql("UPDATE meter_event_log SET outcome = ? WHERE message_id = ?").params(outcome, event.messageId())
                .update();
    }
}
