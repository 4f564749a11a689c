package energy.mwolo.hr.payroll.model;

import java.math.BigDecimal;
import java.util.Objects;

/** The INPP levy's rate for employers whose headcount lies from {@code fromHeadcount} to {@code toHeadcount}. */
public record InppBand(int fromHeadcount, Integer toHeadcount, BigDecimal rate) {

    public InppBand {
        Objects.requireNonNull(rate, "rate");
    }

    boolean covers(int headcount) {
        return headcount >= fromHeadcount && (toHeadcount == null || headcount <= toHeadcount);
    }
}
