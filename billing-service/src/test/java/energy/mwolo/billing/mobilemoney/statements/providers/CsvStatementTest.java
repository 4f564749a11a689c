package energy.mwolo.billing.mobilemoney.statements.providers;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.mobilemoney.statements.model.StatementLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStatementTest {

    @Test
    void readsTheSimulatorsStatementByItsHeaderNames() {
        String csv = "date,provider_transaction_id,reference,msisdn,amount,currency,status\r\n"
                + "2026-12-04,ABC123,MM0001,243812345678,7.25,USD,SUCCEEDED\r\n"
                + "2026-12-04,ABC124,\"CL, \"\"rouge\"\"\",243812345678,10,usd,FAILED\r\n";

        List<StatementLine> lines = CsvStatement.parse(csv);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).transactionId()).isEqualTo("ABC123");
        assertThat(lines.get(0).amount()).isEqualByComparingTo("7.25");
        assertThat(lines.get(0).succeeded()).isTrue();
        assertThat(lines.get(1).reference()).isEqualTo("CL, \"rouge\"");
        assertThat(lines.get(1).currency()).isEqualTo("USD");
        assertThat(lines.get(1).succeeded()).isFalse();
    }

    @Test
    void columnsInAnotherOrderAndUnreadableLinesAreLeftOut() {
        String csv = "status,amount,currency,provider_transaction_id\nSUCCEEDED,1.00,CDF,X1\nSUCCEEDED,abc,CDF,X2\n"
                + "SUCCEEDED,2.00,CDF,\n\n";

        assertThat(CsvStatement.parse(csv)).extracting(StatementLine::transactionId).containsExactly("X1");
        assertThat(CsvStatement.parse("")).isEmpty();
        assertThat(CsvStatement.parse("date,provider_transaction_id,amount,currency,status\r\n")).isEmpty();
    }
}
