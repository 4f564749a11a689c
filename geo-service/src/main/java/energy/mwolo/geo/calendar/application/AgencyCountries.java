package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.calendar.model.CountryCode;
import java.util.Optional;

/** The country an agency lies in (through its province), whose public holidays it observes. */
public interface AgencyCountries {

    /** Empty when no agency, open or closed, has this id. */
    Optional<CountryCode> countryOf(AgencyId agency);
}
