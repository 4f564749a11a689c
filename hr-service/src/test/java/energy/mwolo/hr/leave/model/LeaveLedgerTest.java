package energy.mwolo.hr.leave.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaveLedgerTest {

    private static final BigDecimal TWENTY = new BigDecimal("20");
    private static final BigDecimal CAP = new BigDecimal("5");

    @Test
    void twelveMonthlyAccrualsAddUpToTheYearlyEntitlementExactly() {
        BigDecimal year = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            year = year.add(LeaveLedger.monthlyAccrual(TWENTY, month));
        }

        assertThat(year).isEqualByComparingTo("20");
        assertThat(LeaveLedger.monthlyAccrual(TWENTY, 1)).isEqualByComparingTo("1.67");
        assertThat(LeaveLedger.monthlyAccrual(TWENTY, 2)).isEqualByComparingTo("1.66");
        assertThat(LeaveLedger.monthlyAccrual(new BigDecimal("18"), 6)).isEqualByComparingTo("1.50");
    }

    @Test
    void theBalanceIsTheSumOfAllocationsAccrualsTakesAndReturns() {
        LeaveLedger ledger = new LeaveLedger(List.of(
                entry(EntryKind.ALLOCATION, "10", "2026-01-01"),
                entry(EntryKind.ACCRUAL, "1.67", "2026-01-31"),
                entry(EntryKind.TAKE, "-4.5", "2026-03-02"),
                entry(EntryKind.RETURN, "4.5", "2026-03-02"),
                entry(EntryKind.TAKE, "-2", "2026-07-06")));

        assertThat(ledger.balanceOn(LocalDate.of(2026, 3, 1))).isEqualByComparingTo("9.67");
    }

    @Test
    void closingAYearKeepsAtMostTheCapAndTheRestLapses() {
        LeaveLedger ledger = new LeaveLedger(List.of(entry(EntryKind.ALLOCATION, "20", "2026-01-01"),
                entry(EntryKind.TAKE, "-8", "2026-08-03")));

        List<LedgerEntry> closing = ledger.closing(2026, CAP, 3);

        assertThat(closing).containsExactly(
                new LedgerEntry(EntryKind.YEAR_CLOSED, new BigDecimal("-12"), LocalDate.of(2026, 12, 31), "2026",
                        null),
                new LedgerEntry(EntryKind.CARRY_FORWARD, CAP, LocalDate.of(2027, 1, 1), "2026",
                        LocalDate.of(2027, 3, 31)));
        assertThat(with(ledger, closing).balanceOn(LocalDate.of(2027, 1, 1))).isEqualByComparingTo("5");
    }

    @Test
    void closingAYearBelowTheCapCarriesEverything() {
        LeaveLedger ledger = new LeaveLedger(List.of(entry(EntryKind.ALLOCATION, "20", "2026-01-01"),
                entry(EntryKind.TAKE, "-17.5", "2026-08-03")));

        List<LedgerEntry> closing = ledger.closing(2026, CAP, 3);

        assertThat(with(ledger, closing).balanceOn(LocalDate.of(2027, 1, 1))).isEqualByComparingTo("2.5");
    }

    @Test
    void closingAYearTwiceAddsNothingTheSecondTime() {
        LeaveLedger ledger = new LeaveLedger(List.of(entry(EntryKind.ALLOCATION, "20", "2026-01-01")));
        LeaveLedger closed = with(ledger, ledger.closing(2026, CAP, 3));

        assertThat(closed.closing(2026, CAP, 3)).isEmpty();
    }

    @Test
    void leaveOfTheNextYearApprovedBeforeTheCloseDoesNotReduceTheYearsRemainder() {
        LeaveLedger ledger = new LeaveLedger(List.of(entry(EntryKind.ALLOCATION, "20", "2026-01-01"),
                entry(EntryKind.TAKE, "-3", "2027-01-05")));

        assertThat(ledger.closing(2026, CAP, 3).get(0).days()).isEqualByComparingTo("-20");
    }

    @Test
    void carriedDaysUnusedAtTheirExpiryLapseAndLeaveTakenBeforeUsesThemFirst() {
        LeaveLedger ledger = new LeaveLedger(List.of(
                new LedgerEntry(EntryKind.CARRY_FORWARD, CAP, LocalDate.of(2027, 1, 1), "2026",
                        LocalDate.of(2027, 3, 31)),
                entry(EntryKind.ACCRUAL, "1.67", "2027-01-31"),
                entry(EntryKind.ACCRUAL, "1.66", "2027-02-28"),
                entry(EntryKind.ACCRUAL, "1.67", "2027-03-31"),
                entry(EntryKind.TAKE, "-2", "2027-02-15")));

        assertThat(ledger.balanceOn(LocalDate.of(2027, 3, 31))).isEqualByComparingTo("8");
        assertThat(ledger.expiredOn(LocalDate.of(2027, 4, 1))).isEqualByComparingTo("3");
        assertThat(ledger.balanceOn(LocalDate.of(2027, 4, 1))).isEqualByComparingTo("5");
    }

    @Test
    void leaveTakenBeyondTheCarriedDaysLeavesNothingToExpire() {
        LeaveLedger ledger = new LeaveLedger(List.of(
                new LedgerEntry(EntryKind.CARRY_FORWARD, CAP, LocalDate.of(2027, 1, 1), "2026",
                        LocalDate.of(2027, 3, 31)),
                entry(EntryKind.ALLOCATION, "20", "2027-01-01"),
                entry(EntryKind.TAKE, "-7", "2027-03-01")));

        assertThat(ledger.expiredOn(LocalDate.of(2027, 6, 1))).isEqualByComparingTo("0");
        assertThat(ledger.balanceOn(LocalDate.of(2027, 6, 1))).isEqualByComparingTo("18");
    }

    @Test
    void aCancelledLeaveWithinTheCarryWindowGivesTheCarriedDaysBackToExpire() {
        LeaveLedger ledger = new LeaveLedger(List.of(
                new LedgerEntry(EntryKind.CARRY_FORWARD, CAP, LocalDate.of(2027, 1, 1), "2026",
                        LocalDate.of(2027, 3, 31)),
                entry(EntryKind.TAKE, "-3", "2027-02-01"),
                entry(EntryKind.RETURN, "3", "2027-02-01")));

        assertThat(ledger.balanceOn(LocalDate.of(2027, 4, 1))).isEqualByComparingTo("0");
    }

    @Test
    void nothingIsCarriedFromAYearThatEndsOverdrawn() {
        LeaveLedger ledger = new LeaveLedger(List.of(entry(EntryKind.ALLOCATION, "2", "2026-01-01"),
                entry(EntryKind.TAKE, "-3", "2026-05-04")));

        assertThat(ledger.closing(2026, CAP, 3)).isEmpty();
    }

    private static LedgerEntry entry(EntryKind kind, String days, String on) {
        return new LedgerEntry(kind, new BigDecimal(days), LocalDate.parse(on), null, null);
    }

    private static LeaveLedger with(LeaveLedger ledger, List<LedgerEntry> more) {
        List<LedgerEntry> all = new ArrayList<>(ledger.entries());
        all.addAll(more);
        return new LeaveLedger(all);
    }
}
