package energy.mwolo.hr.leave.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One movement of a balance, never changed once written. {@code period} names what an allocation, accrual or year
 * close is for ({@code 2026}, {@code 2026-03}), so that running them again adds nothing; {@code expiresOn} is the
 * last day carried-forward days may be used.
 */
public record LedgerEntry(EntryKind kind, BigDecimal days, LocalDate effectiveOn, String period,
                          LocalDate expiresOn) {

    public LedgerEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    boolean isTakeOrReturn() {
        return kind == EntryKind.TAKE || kind == EntryKind.RETURN;
    }
}
