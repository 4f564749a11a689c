package energy.mwolo.hr.payroll.model;

import java.util.UUID;

/** What a run pays: one agency's staff, or the whole company's when {@code agency} is null. */
public record RunScope(UUID agency) {

    public static final RunScope COMPANY = new RunScope(null);

    public boolean company() {
        return agency == null;
    }

    /** Two runs of one month must not pay the same person: the company's covers every agency. */
    public boolean overlaps(RunScope other) {
        return company() || other.company() || agency.equals(other.agency);
    }
}
