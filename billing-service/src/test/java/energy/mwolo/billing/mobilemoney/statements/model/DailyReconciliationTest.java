package energy.mwolo.billing.mobilemoney.statements.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.statements.model.ReconciliationLine.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DailyReconciliationTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-03");
    private static final Instant NOW = Instant.parse("2026-12-04T01:30:00Z");
    private static final UUID CLIENT = UUID.randomUUID();

    @Test
    void aStatementWithEveryKindOfLineIsSortedIntoMatchedMissingAndDifferent() {
        List<StatementLine> statement = List.of(
                theirs("T1", "7.25", "USD", "SUCCEEDED"),
                theirs("T2", "10.00", "USD", "SUCCEEDED"),
                theirs("T3", "3.00", "USD", "SUCCEEDED"),
                theirs("T5", "4.00", "USD", "FAILED"),
                theirs("T6", "1.00", "USD", "FAILED"));
        List<CreditedPayment> ours = List.of(
                ours("T1", "7.25", "USD"),
                ours("T2", "9.50", "USD"),
                ours("T4", "2.00", "USD"),
                ours("T5", "4.00", "USD"));

        DailyReconciliation report = DailyReconciliation.of(Provider.MPESA, DAY, statement, ours, NOW);

        assertThat(report.lines()).extracting(line -> line.kind() + " " + line.transactionId()).containsExactly(
                "MATCHED T1", "AMOUNT_DIFFERENCE T2", "MISSING_OURS T3", "MISSING_THEIRS T4", "MISSING_THEIRS T5");
        assertThat(report.lines().get(1).ours()).isEqualByComparingTo("9.50");
        assertThat(report.lines().get(1).theirs()).isEqualByComparingTo("10.00");
        assertThat(report.lines().get(3).theirStatus()).isNull();
        assertThat(report.lines().get(4).theirStatus()).isEqualTo("FAILED");
        assertThat(report.count(Kind.MISSING_THEIRS)).isEqualTo(2);
    }

    @Test
    void anotherCurrencyIsADifferenceAndTrailingZerosAreNot() {
        DailyReconciliation report = DailyReconciliation.of(Provider.AIRTEL, DAY,
                List.of(theirs("T1", "5", "USD", "SUCCEEDED"), theirs("T2", "5.00", "CDF", "succeeded")),
                List.of(ours("T1", "5.00", "USD"), ours("T2", "5.00", "USD")), NOW);

        assertThat(report.lines()).extracting(ReconciliationLine::kind)
                .containsExactly(Kind.MATCHED, Kind.AMOUNT_DIFFERENCE);
    }

    @Test
    void aTransactionListedTwiceCountsOnceAndItsSuccessWins() {
        DailyReconciliation report = DailyReconciliation.of(Provider.MPESA, DAY,
                List.of(theirs("T1", "5.00", "USD", "PENDING"), theirs("T1", "5.00", "USD", "SUCCEEDED")),
                List.of(ours("T1", "5.00", "USD")), NOW);

        assertThat(report.lines()).extracting(ReconciliationLine::kind).containsExactly(Kind.MATCHED);
    }

    @Test
    void anEmptyDayIsAnEmptyReport() {
        assertThat(DailyReconciliation.of(Provider.ORANGE, DAY, List.of(), List.of(), NOW).lines()).isEmpty();
    }

    private static StatementLine theirs(String id, String amount, String currency, String status) {
        return new StatementLine(id, "REF-" + id, new BigDecimal(amount), currency, status);
    }

    private static CreditedPayment ours(String id, String amount, String currency) {
        return new CreditedPayment(id, "REF-" + id, CLIENT, new BigDecimal(amount), currency);
    }
}
