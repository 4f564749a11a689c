package energy.mwolo.audit.log.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.log.application.AppendingEvents;
import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.CanonicalForm;
import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Origin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain read with COPY's binary format is the chain a result set reads, column for column. */
class CopiedEntriesIT extends AbstractAuditIT {

    @Autowired
    private AppendingEvents appending;

    @Autowired
    private AuditLog log;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void everyKindOfEntryReadsAsTheResultSetReadsIt() {
        long first = log.head().seq() + 1;
        appending.append(List.of(
                event("{\"name\": \"Agence Gombé\", \"amount\": \"1500.00\", \"tags\": [\"é\", \"ü\"]}", "Gombé",
                        "user-1", Instant.parse("2026-05-01T08:15:30.123456Z")),
                event(new byte[] {'n', 'o', 't', ' ', (byte) 0xff}, "subject", "user-2",
                        Instant.parse("1999-12-31T23:59:59.999999Z")),
                event((byte[]) null, null, null, null),
                event("[]", "x", "system", Instant.parse("2026-01-01T00:00:00Z"))));
        long last = log.head().seq();

        List<AuditEntry> copied = walk(first, last);
        List<AuditEntry> selected = jdbc.query("select " + EntryRows.COLUMNS
                + " from audit_event where seq between ? and ? order by seq", EntryRows::entry, first, last);

        assertThat(copied).hasSize(4).hasSameSizeAs(selected);
        assertThat(copied).extracting(e -> e.payload().valid()).containsExactly(true, false, false, true);
        assertThat(copied.get(1).payload().raw()).isPresent();
        assertThat(copied.get(2).payload().raw()).isEmpty();
        for (int i = 0; i < copied.size(); i++) {
            AuditEntry byCopy = copied.get(i);
            AuditEntry bySelect = selected.get(i);
            assertThat(CanonicalForm.bytes(byCopy)).as("entry %d", bySelect.seq())
                    .isEqualTo(CanonicalForm.bytes(bySelect));
            assertThat(byCopy.prevHash()).isEqualTo(bySelect.prevHash());
            assertThat(byCopy.hash()).isEqualTo(bySelect.hash());
            assertThat(byCopy.sealIntact()).isTrue();
        }
    }

    @Test
    void aWalkStoppedByItsVisitorLeavesTheTransactionUsable() {
        long first = log.head().seq() + 1;
        List<IncomingEvent> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            events.add(event("{\"n\": " + i + "}", "s", "a", Instant.now()));
        }
        appending.append(events);

        Long afterwards = new TransactionTemplate(transactions).execute(status -> {
            int[] seen = {0};
            log.walk(first, null, entry -> ++seen[0] < 3);
            assertThat(seen[0]).isEqualTo(3);
            return jdbc.queryForObject("select count(*) from audit_event where seq >= ?", Long.class, first);
        });

        assertThat(afterwards).isEqualTo(50);
    }

    private List<AuditEntry> walk(long first, long last) {
        List<AuditEntry> entries = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> log.walk(first, last, entries::add));
        return entries;
    }

    private static IncomingEvent event(String json, String subject, String actor, Instant occurredAt) {
        return event(json.getBytes(StandardCharsets.UTF_8), subject, actor, occurredAt);
    }

    private static IncomingEvent event(byte[] value, String subject, String actor, Instant occurredAt) {
        return new IncomingEvent(UUID.randomUUID().toString(), "test.Copied", "copy-service", subject, actor,
                occurredAt, Instant.now(), new Origin("copy.thing.events", 1, System.nanoTime()), value);
    }
}
