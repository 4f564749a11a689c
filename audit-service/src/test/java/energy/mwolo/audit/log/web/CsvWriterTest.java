package energy.mwolo.audit.log.web;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.Entries;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesFieldsHoldingCommasQuotesOrLineBreaksAndDoublesTheQuotes() {
        assertThat(CsvWriter.escape("plain")).isEqualTo("plain");
        assertThat(CsvWriter.escape("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.escape("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.escape("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(CsvWriter.escape(null)).isEmpty();
    }

    @Test
    void writesAHeaderThenOneCrlfTerminatedRowPerEntry() {
        AuditEntry entry = Entries.chain(1).get(0);
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);

        csv.header();
        csv.row(entry);

        assertThat(out.toString()).isEqualTo(CsvWriter.HEADER + "\r\n"
                + "1," + entry.eventId() + ",geo.AgencyOpened,geo-service,agency-1,user-1,"
                + "2026-05-01T08:15:30.123456Z,2026-05-01T08:15:31.000001Z,geo.agency.events,1,1,true,"
                + "\"{\"\"n\"\": 1, \"\"name\"\": \"\"Agence 1\"\"}\",," + entry.prevHash().hex() + ","
                + entry.hash().hex() + ",false,false,false\r\n");
    }
}
