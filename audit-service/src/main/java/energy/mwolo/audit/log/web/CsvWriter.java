package energy.mwolo.audit.log.web;

import energy.mwolo.audit.log.model.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Base64;

/**
 * RFC 4180 CSV of entries: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, CR or
 * LF, quotes doubled inside. A field a spreadsheet would take for a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a CR: OWASP's CSV injection list) is written with a leading {@code '} and quoted,
 * so opening an export never runs what an event's producer wrote. The entries themselves, their hashes and
 * verification are untouched: the JSON API shows every value exactly as stored.
 */
final class CsvWriter {

    static final String HEADER = "seq,event_id,type,source,subject,actor,occurred_at,received_at,topic,partition,"
            + "offset,payload_valid,payload,payload_raw_base64,prev_hash,hash,source_mismatch,headers_truncated,"
            + "payload_truncated";

    /** First characters that make a spreadsheet evaluate a cell. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void header() {
        line(HEADER);
    }

    void row(AuditEntry e) {
        StringBuilder row = new StringBuilder(256);
        append(row, Long.toString(e.seq()));
        append(row, e.eventId());
        append(row, e.type());
        append(row, e.source());
        append(row, e.subject());
        append(row, e.actor());
        append(row, text(e.occurredAt()));
        append(row, text(e.receivedAt()));
        append(row, e.origin().topic());
        append(row, Integer.toString(e.origin().partition()));
        append(row, Long.toString(e.origin().offset()));
        append(row, Boolean.toString(e.payload().valid()));
        append(row, e.payload().json().orElse(null));
        append(row, e.payload().raw().map(Base64.getEncoder()::encodeToString).orElse(null));
        append(row, e.prevHash().hex());
        append(row, e.hash().hex());
        append(row, Boolean.toString(e.sourceMismatch()));
        append(row, Boolean.toString(e.truncation().headers()));
        append(row, Boolean.toString(e.truncation().payload()));
        line(row.toString());
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        boolean formula = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
        String text = formula ? "'" + value : value;
        boolean quote = formula || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void append(StringBuilder row, String value) {
        if (!row.isEmpty()) {
            row.append(',');
        }
        row.append(escape(value));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("The client stopped reading the export", e);
        }
    }
}
