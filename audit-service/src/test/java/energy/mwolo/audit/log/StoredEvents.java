package energy.mwolo.audit.log;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the log holds, read as the service's runtime role. */
final class StoredEvents {

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int copiesOf(String eventId) {
        return jdbc.queryForObject("select count(*) from audit_event where event_id = ?", Integer.class, eventId);
    }

    long seqOf(String eventId) {
        return jdbc.queryForObject("select seq from audit_event where event_id = ?", Long.class, eventId);
    }

    /** The entry of that id from that source (an id may come from several sources). */
    long seqOf(String eventId, String source) {
        return jdbc.queryForObject("select seq from audit_event where event_id = ? and source = ?", Long.class,
                eventId, source);
    }

    /** Waits (bounded) until every id is in the log. */
    void awaitStored(Collection<String> eventIds, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> eventIds.stream().allMatch(id -> copiesOf(id) > 0));
    }

    /** Entries, and the last sequence number: equal when no number is missing. */
    List<Long> countAndLastSeq() {
        return jdbc.queryForObject("select count(*), coalesce(max(seq), 0) from audit_event",
                (rs, row) -> List.of(rs.getLong(1), rs.getLong(2)));
    }
}
