package energy.mwolo.audit.log.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Events and chains for tests: {@code Entries.chain(5)} is a valid chain of five entries. */
public final class Entries {

    public static final Instant OCCURRED = Instant.parse("2026-05-01T08:15:30.123456Z");
    public static final Instant RECEIVED = Instant.parse("2026-05-01T08:15:31.000001Z");

    private Entries() {
    }

    public static IncomingEvent event(int n) {
        return new IncomingEvent(UUID.nameUUIDFromBytes(("event-" + n).getBytes(StandardCharsets.UTF_8)).toString(),
                "geo.AgencyOpened", "geo-service", "agency-" + n, "user-" + n, OCCURRED, RECEIVED,
                new Origin("geo.agency.events", n % 3, n), json(n).getBytes(StandardCharsets.UTF_8));
    }

    public static String json(int n) {
        return "{\"n\": " + n + ", \"name\": \"Agence " + n + "\"}";
    }

    public static List<AuditEntry> chain(int length) {
        List<IncomingEvent> events = new ArrayList<>();
        List<Payload> payloads = new ArrayList<>();
        for (int n = 1; n <= length; n++) {
            events.add(event(n));
            payloads.add(Payload.json(json(n)));
        }
        return ChainHead.EMPTY.link(events, payloads);
    }

    /** The same entry with another payload, its hash left as it was (a tampered row). */
    public static AuditEntry withPayload(AuditEntry e, String json) {
        return new AuditEntry(e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(),
                e.receivedAt(), e.origin(), Payload.json(json), e.truncation(), e.format(), e.prevHash(), e.hash());
    }

    /** The entry resealed after {@code previous}: what an attacker who knows the algorithm writes. */
    public static AuditEntry resealed(AuditEntry e, Hash previous) {
        AuditEntry relinked = new AuditEntry(e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(),
                e.occurredAt(), e.receivedAt(), e.origin(), e.payload(), e.truncation(), e.format(), previous, null);
        return new AuditEntry(e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(),
                e.receivedAt(), e.origin(), e.payload(), e.truncation(), e.format(), previous,
                CanonicalForm.hash(relinked));
    }

    /**
     * A chain of canonical form 1, as the log sealed entries before version 2: entries {@code first} to
     * {@code last} after {@code previous}.
     */
    public static List<AuditEntry> chainOfVersion1(ChainHead previous, int first, int last) {
        List<AuditEntry> entries = new ArrayList<>();
        Hash link = previous.hash();
        for (int n = first; n <= last; n++) {
            IncomingEvent e = event(n);
            AuditEntry unsealed = new AuditEntry(previous.seq() + n - first + 1, e.eventId(), e.type(), e.source(),
                    e.subject(), e.actor(), e.occurredAt(), e.receivedAt(), e.origin(), Payload.json(json(n)), link,
                    null);
            AuditEntry sealed = resealed(unsealed, link);
            entries.add(sealed);
            link = sealed.hash();
        }
        return entries;
    }
}
