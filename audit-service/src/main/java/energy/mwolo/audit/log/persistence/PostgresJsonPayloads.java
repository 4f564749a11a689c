package energy.mwolo.audit.log.persistence;

import energy.mwolo.audit.log.application.JsonPayloads;
import energy.mwolo.audit.log.model.Payload;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL decides what valid JSON is, since it is what stores it: a value is JSON if it is UTF-8 without NUL and
 * {@code jsonb} accepts it (no error raised: {@code pg_input_is_valid}, PostgreSQL 16+). The text returned is
 * {@code jsonb}'s own rendering, the one the stored row gives back, so the hash computed now is recomputable later.
 * One round trip per batch.
 */
@Component
class PostgresJsonPayloads implements JsonPayloads {

    private static final String RENDER = """
            select case when pg_input_is_valid(v, 'jsonb') then v::jsonb::text end
            from unnest(?::text[]) with ordinality as t(v, i) order by i""";

    private final JdbcTemplate jdbc;

    PostgresJsonPayloads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Payload> classify(List<byte[]> values) {
        String[] texts = values.stream().map(PostgresJsonPayloads::text).toArray(String[]::new);
        List<String> rendered = values.isEmpty() ? List.of() : jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(RENDER);
            query.setArray(1, connection.createArrayOf("text", texts));
            return query;
        }, (rs, row) -> rs.getString(1));
        List<Payload> payloads = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            byte[] value = values.get(i);
            String json = rendered.get(i);
            payloads.add(value == null ? Payload.absent() : json != null ? Payload.json(json) : Payload.invalid(value));
        }
        return payloads;
    }

    /** The value as text PostgreSQL can hold, or {@code null} when it cannot (not UTF-8, or a NUL). */
    private static String text(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
            return text.indexOf('\0') >= 0 ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
