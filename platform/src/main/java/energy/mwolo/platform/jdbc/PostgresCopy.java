package energy.mwolo.platform.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Writes many rows into one table by {@code COPY ... FROM STDIN} on the connection of the caller's transaction (the
 * one {@link JdbcOperations} joins), so they commit or roll back with the rest of it. PostgreSQL takes COPY rows
 * without parsing and planning a statement per group of rows: for bulk work (a billing run's batch) about a third
 * less than batched inserts. Constraints, indexes, triggers and logical replication see the rows as inserted ones.
 *
 * <p>Values: null, {@link String}, {@link UUID}, numbers, {@link Boolean}, {@link LocalDate}, {@link Instant},
 * {@link Timestamp} and {@link OffsetDateTime} (written as UTC instants: for {@code timestamptz} columns), a
 * {@link Collection} of strings (for {@code text[]} columns), and any of them wrapped in a {@link SqlParameterValue}. A failing row (a unique index, a check) fails the whole copy with
 * PostgreSQL's error, translated by Spring as for a statement.
 */
public final class PostgresCopy {

    /** Characters of text handed to the driver at a time: rows are encoded as they go, not all first. */
    private static final int CHUNK = 64 * 1024;

    private PostgresCopy() {
    }

    /**
     * Copies {@code rows}, each holding the values of {@code columns} in that order, into {@code table}. The table
     * and column names go into the statement as they are: names from the code, never from input.
     *
     * @return the number of rows written
     */
    public static long copy(JdbcOperations jdbc, String table, List<String> columns, Iterable<Object[]> rows) {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        Long written = jdbc.execute((ConnectionCallback<Long>) connection -> copy(connection, sql, columns.size(),
                rows));
        return written == null ? 0 : written;
    }

    /**
     * As {@link #copy(JdbcOperations, String, List, Iterable)} on a connection the caller holds (for instance around
     * a savepoint), PostgreSQL's error left untranslated.
     */
    public static long copy(Connection connection, String table, List<String> columns, Iterable<Object[]> rows)
            throws SQLException {
        return copy(connection, "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN", columns.size(),
                rows);
    }

    private static long copy(Connection connection, String sql, int width, Iterable<Object[]> rows)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder text = new StringBuilder(CHUNK + 1024);
            for (Object[] row : rows) {
                if (row.length != width) {
                    throw new IllegalArgumentException("A row of " + row.length + " values for " + width
                            + " columns");
                }
                for (int i = 0; i < width; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    append(text, row[i]);
                }
                text.append('\n');
                if (text.length() >= CHUNK) {
                    send(copy, text);
                }
            }
            send(copy, text);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        if (!text.isEmpty()) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }

    /** One value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    static void append(StringBuilder text, Object value) {
        Object plain = value instanceof SqlParameterValue parameter ? parameter.getValue() : value;
        if (plain == null) {
            text.append("\\N");
        } else if (plain instanceof String string) {
            escape(text, string);
        } else if (plain instanceof BigDecimal decimal) {
            PostgresText.append(text, decimal);
        } else if (plain instanceof Number || plain instanceof UUID || plain instanceof LocalDate) {
            text.append(plain);
        } else if (plain instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (plain instanceof java.sql.Date date) {
            text.append(date.toLocalDate());
        } else if (plain instanceof Timestamp timestamp) {
            PostgresText.append(text, timestamp.toInstant());
        } else if (plain instanceof Instant instant) {
            PostgresText.append(text, instant);
        } else if (plain instanceof OffsetDateTime time) {
            PostgresText.append(text, time.toInstant());
        } else if (plain instanceof Collection<?> elements) {
            escape(text, arrayLiteral(elements));
        } else {
            throw new IllegalArgumentException("No COPY text for a " + plain.getClass().getName());
        }
    }

    /** An array's literal with every element quoted, so commas, braces and quotes inside elements stay theirs. */
    private static String arrayLiteral(Collection<?> elements) {
        if (elements.isEmpty()) {
            return "{}";
        }
        StringBuilder literal = new StringBuilder("{");
        for (Object element : elements) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            if (element == null) {
                literal.append("NULL");
                continue;
            }
            literal.append('"');
            String value = element.toString();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    private static void escape(StringBuilder text, String value) {
        if (!needsEscape(value)) {
            text.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** Most values (states, sources, array literals) hold no separator: they are appended whole. */
    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
