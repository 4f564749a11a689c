package energy.mwolo.hr.leave.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One employee's entries for one leave type, from which every balance is computed; no balance is ever stored.
 * Rules:
 * <ul>
 * <li>The balance is the sum of the entries, less carried-forward days left unused at their expiry.</li>
 * <li>Leave taken between a carry-forward and its expiry uses the carried days first: only what is left of them
 * expires. Leave counts on its first day.</li>
 * <li>Closing a year keeps at most the cap of what remains on 31 December, usable until the expiry; the rest
 * lapses.</li>
 * <li>A monthly accrual is the month's share of the yearly entitlement to the hundredth, shares rounded so that
 * the twelve of a year add up to the entitlement exactly.</li>
 * </ul>
 */
public final class LeaveLedger {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final List<LedgerEntry> entries;

    public LeaveLedger(List<LedgerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    /** The days available on {@code day}. */
    public BigDecimal balanceOn(LocalDate day) {
        BigDecimal sum = entries.stream().map(LedgerEntry::days).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.subtract(expiredOn(day));
    }

    /** Carried-forward days unused at an expiry before {@code day}. */
    public BigDecimal expiredOn(LocalDate day) {
        BigDecimal expired = BigDecimal.ZERO;
        for (LedgerEntry carried : entries) {
            if (carried.kind() == EntryKind.CARRY_FORWARD && carried.expiresOn() != null
                    && carried.expiresOn().isBefore(day)) {
                BigDecimal used = takenBetween(carried.effectiveOn(), carried.expiresOn()).min(carried.days());
                expired = expired.add(carried.days().subtract(used));
            }
        }
        return expired;
    }

    private BigDecimal takenBetween(LocalDate from, LocalDate to) {
        BigDecimal net = entries.stream().filter(LedgerEntry::isTakeOrReturn)
                .filter(entry -> !entry.effectiveOn().isBefore(from) && !entry.effectiveOn().isAfter(to))
                .map(LedgerEntry::days).reduce(BigDecimal.ZERO, BigDecimal::add);
        return net.negate().max(BigDecimal.ZERO);
    }

    /**
     * The entries that close {@code year}: its remainder on 31 December leaves, and at most {@code cap} of it comes
     * back on 1 January, usable for {@code expiryMonths} months. Empty when the year was closed already or nothing
     * remains.
     */
    public List<LedgerEntry> closing(int year, BigDecimal cap, int expiryMonths) {
        String period = String.valueOf(year);
        boolean closed = entries.stream()
                .anyMatch(entry -> entry.kind() == EntryKind.YEAR_CLOSED && period.equals(entry.period()));
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        BigDecimal remaining = new LeaveLedger(entries.stream()
                .filter(entry -> !entry.effectiveOn().isAfter(lastDay)).toList()).balanceOn(lastDay.plusDays(1));
        if (closed || remaining.signum() <= 0) {
            return List.of();
        }
        List<LedgerEntry> closing = new ArrayList<>();
        closing.add(new LedgerEntry(EntryKind.YEAR_CLOSED, remaining.negate(), lastDay, period, null));
        BigDecimal carried = remaining.min(cap);
        if (carried.signum() > 0) {
            LocalDate firstDay = lastDay.plusDays(1);
            closing.add(new LedgerEntry(EntryKind.CARRY_FORWARD, carried, firstDay, period,
                    firstDay.plusMonths(expiryMonths).minusDays(1)));
        }
        return closing;
    }

    /** The share of {@code yearly} days accrued in {@code month} (1 to 12). */
    public static BigDecimal monthlyAccrual(BigDecimal yearly, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        return accruedBy(yearly, month).subtract(accruedBy(yearly, month - 1));
    }

    private static BigDecimal accruedBy(BigDecimal yearly, int months) {
        return yearly.multiply(BigDecimal.valueOf(months)).divide(TWELVE, 2, RoundingMode.HALF_UP);
    }
}
