package energy.mwolo.audit.log;

import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Origin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Events to append straight through the use case, for tests about what happens once they are stored. */
final class Seeds {

    private static final AtomicLong OFFSETS = new AtomicLong();

    private Seeds() {
    }

    static List<IncomingEvent> events(int count, String type) {
        List<IncomingEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(type, "agency-" + i, "user-" + (i % 3), "{\"n\": " + i + ", \"name\": \"Agence " + i
                    + "\", \"tags\": [\"a\", \"b\"], \"amount\": \"1500.00\"}", Instant.now()));
        }
        return events;
    }

    static IncomingEvent event(String type, String subject, String actor, String json, Instant occurredAt) {
        return new IncomingEvent(UUID.randomUUID().toString(), type, "seed-service", subject, actor, occurredAt,
                Instant.now(), new Origin("seed.thing.events", 0, OFFSETS.incrementAndGet()),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }
}
