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
    void defusesFieldsASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvWriter.escape("=HYPERLINK(\"http://evil.example\",\"Cliquez\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Cliquez\"\")\"");
        assertThat(CsvWriter.escape("+243 81 555 0101")).isEqualTo("\"'+243 81 555 0101\"");
        assertThat(CsvWriter.escape("-2+3+cmd|' /C calc'!A0")).isEqualTo("\"'-2+3+cmd|' /C calc'!A0\"");
        assertThat(CsvWriter.escape("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(CsvWriter.escape("\t=1+1")).isEqualTo("\"'\t=1+1\"");
        assertThat(CsvWriter.escape("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvWriter.escape("agency-1")).as("only the first character counts").isEqualTo("agency-1");
        assertThat(CsvWriter.escape("")).isEmpty();
    }

    @Test
    void defusesAFormulaAnEventCarriedInAnyColumnOfTheExport() {
        AuditEntry e = Entries.chain(1).get(0);
        AuditEntry fromAHostileProducer = new AuditEntry(e.seq(), e.eventId(), e.type(), e.source(), e.subject(),
                "=cmd|' /C calc'!A0", e.occurredAt(), e.receivedAt(), e.origin(), e.payload(), e.prevHash(), e.hash());
        StringWriter out = new StringWriter();

        new CsvWriter(out).row(fromAHostileProducer);

        assertThat(out.toString()).contains(",\"'=cmd|' /C calc'!A0\",").doesNotContain(",=cmd");
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
