package energy.mwolo.audit.log.persistence;

import energy.mwolo.audit.log.model.AuditEntry;
import java.sql.PreparedStatement;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * The chain read through a result set, as the service read it before {@link CopiedEntries}: the baseline the
 * benchmark compares the COPY read path with. Streams only inside a transaction.
 */
public final class ResultSetEntries {

    private static final int FETCH_SIZE = 2000;

    private ResultSetEntries() {
    }

    public static void walk(JdbcTemplate jdbc, long from, long to, Predicate<AuditEntry> visitor) {
        jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement("select " + EntryRows.COLUMNS
                    + " from audit_event where seq >= ? and seq <= ? order by seq");
            query.setFetchSize(FETCH_SIZE);
            query.setLong(1, from);
            query.setLong(2, to);
            return query;
        }, (ResultSetExtractor<Void>) rs -> {
            int row = 0;
            while (rs.next() && visitor.test(EntryRows.entry(rs, row++))) {
                // the visitor decides when to stop
            }
            return null;
        });
    }
}
