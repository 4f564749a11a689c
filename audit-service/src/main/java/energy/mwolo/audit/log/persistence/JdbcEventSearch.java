package energy.mwolo.audit.log.persistence;

import energy.mwolo.audit.log.application.EventFilter;
import energy.mwolo.audit.log.application.EventSearch;
import energy.mwolo.audit.log.model.AuditEntry;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEventSearch implements EventSearch {

    private static final String SELECT = "select " + EntryRows.COLUMNS + " from audit_event";
    private static final int EXPORT_FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    JdbcEventSearch(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    @Override
    public long count(EventFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("select count(*) from audit_event" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    @Override
    public List<AuditEntry> find(EventFilter filter, long offset, int limit) {
        Where where = Where.of(filter);
        return jdbc.sql(SELECT + where.sql() + " order by seq desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(EntryRows::entry)
                .list();
    }

    @Override
    public Optional<AuditEntry> bySeq(long seq) {
        return jdbc.sql(SELECT + " where seq = :seq").param("seq", seq).query(EntryRows::entry).optional();
    }

    @Override
    public Optional<AuditEntry> byEventId(String eventId) {
        return jdbc.sql(SELECT + " where event_id = :id order by source_mismatch, seq limit 1").param("id", eventId)
                .query(EntryRows::entry).optional();
    }

    @Override
    public void each(EventFilter filter, Consumer<AuditEntry> visitor) {
        Where where = Where.of(filter);
        int[] row = {0};
        streaming.query(SELECT + where.sql() + " order by seq", new MapSqlParameterSource(where.params()),
                (RowCallbackHandler) rs -> visitor.accept(EntryRows.entry(rs, row[0]++)));
    }

    /** The conditions a filter sets; values are bound, never spliced into the SQL. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(EventFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            equal(conditions, params, "type", filter.type());
            equal(conditions, params, "source", filter.source());
            equal(conditions, params, "subject", filter.subject());
            equal(conditions, params, "actor", filter.actor());
            if (filter.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", Timestamp.from(filter.from()));
            }
            if (filter.before() != null) {
                conditions.add("occurred_at < :before");
                params.put("before", Timestamp.from(filter.before()));
            }
            if (filter.sourceMismatch() != null) {
                conditions.add("source_mismatch = :sourceMismatch");
                params.put("sourceMismatch", filter.sourceMismatch());
            }
            if (filter.search() != null) {
                conditions.add("(event_id ilike :search or type ilike :search or source ilike :search"
                        + " or subject ilike :search or actor ilike :search or payload::text ilike :search)");
                params.put("search", "%" + escapeLike(filter.search()) + "%");
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        private static void equal(List<String> conditions, Map<String, Object> params, String column, String value) {
            if (value != null) {
                conditions.add(column + " = :" + column);
                params.put(column, value);
            }
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
