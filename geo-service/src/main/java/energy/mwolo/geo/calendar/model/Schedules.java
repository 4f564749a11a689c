package energy.mwolo.geo.calendar.model;

import energy.mwolo.geo.agencies.model.AgencyId;
import java.util.List;
import java.util.Optional;

/**
 * Working hours: the company default (always present, loaded by migration) and the agencies' own. Writes mark
 * them announced, as for {@link PublicHolidays}.
 */
public interface Schedules {

    WorkingHours companyDefault();

    /** The agency's own hours; empty when it follows the company default. */
    Optional<WorkingHours> of(AgencyId agency);

    /** Locks the default until the transaction ends. */
    WorkingHours lockCompanyDefault();

    /** Locks the agency's own hours, if any, until the transaction ends. */
    Optional<WorkingHours> lockOf(AgencyId agency);

    /** Locks and returns the hours never published; a concurrent caller waits, then finds none of them. */
    List<WorkingHours> lockUnannounced();

    void add(WorkingHours hours);

    void update(WorkingHours hours);
}
