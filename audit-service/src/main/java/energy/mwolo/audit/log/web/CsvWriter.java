package energy.mwolo.audit.log.web;

import energy.mwolo.audit.log.model.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Base64;

/**
 * RFC 4180 CSV of entries: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, CR or
 * LF, quotes doubled inside. Values are written as stored (no spreadsheet-formula defusing: an export is
 * evidence, it must not alter what it shows).
 */
final class CsvWriter {

    static final String HEADER = "seq,event_id,type,source,subject,actor,occurred_at,received_at,topic,partition,"
            + "offset,payload_valid,payload,payload_raw_base64,prev_hash,hash,source_mismatch,headers_truncated,"
            + "payload_truncated";

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
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
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
