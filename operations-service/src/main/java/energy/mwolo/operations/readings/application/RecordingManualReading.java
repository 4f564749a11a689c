package energy.mwolo.operations.readings.application;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.meters.application.BrowsingMeters;
import energy.mwolo.operations.meters.application.MeterView;
import energy.mwolo.operations.meters.model.RegisterValue;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A register read on site by an agent (a meter without communication, a check of a suspect one): validated and
 * stored exactly as a device's reading, with source {@code manual} and the agent kept in the payload, so it counts for
 * consumption like any other. Unlike a device, an agent is told at once: a reading in the future is refused, and a
 * second reading of the meter at the same instant is a 409 rather than a silent duplicate.
 */
@Service
public class RecordingManualReading {

    private final IngestingReadings ingesting;
    private final BrowsingMeters meters;
    private final ReadingDirectory directory;

    RecordingManualReading(IngestingReadings ingesting, BrowsingMeters meters, ReadingDirectory directory) {
        this.ingesting = ingesting;
        this.meters = meters;
        this.directory = directory;
    }

    @Transactional
    public ReadingView record(UUID meterId, BigDecimal registerKwh, Instant readAt, String note, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.CREATE);
        MeterView meter = meters.show(meterId, user).meter();
        RegisterValue register = RegisterValue.of(registerKwh, "register_kwh");
        Instant now = Instant.now();
        Instant at = readAt == null ? now : readAt;
        if (at.isAfter(now)) {
            throw new InvalidField("read_at", "readings.manual.in_future");
        }
        if (note != null && note.strip().length() > 500) {
            throw InvalidField.tooLong("note", 500);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("register_kwh", register.kwh().toPlainString());
        payload.put("read_at", at.toString());
        payload.put("read_by", user.userId().toString());
        if (note != null && !note.isBlank()) {
            payload.put("note", note.strip());
        }
        IncomingReading reading = new IncomingReading(UUID.randomUUID(), meter.number(), at, register.kwh(), null,
                null, null, null, List.of(), ContractJson.write(payload));
        IngestionResult result = ingesting.ingest(List.of(reading), "manual");
        if (result.stored() == 0) {
            throw new AlreadyRead(meter.number(), reading.readAt());
        }
        return directory.find(meter.id(), reading.readAt(), reading.readAt().plusNanos(1000), 0, 1).get(0);
    }

    static final class AlreadyRead extends DomainException {
        AlreadyRead(String meter, Instant at) {
            super(ErrorKind.CONFLICT, "readings.manual.duplicate", "read_at", meter, at.toString());
        }
    }
}
