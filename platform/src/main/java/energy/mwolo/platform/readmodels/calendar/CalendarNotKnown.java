package energy.mwolo.platform.readmodels.calendar;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/**
 * This service cannot tell an agency's calendar yet: geo's events about the agency, its country or the company's
 * hours have not reached it. A {@link DomainException}, so a request asking it gets a problem (404 or 503) rather
 * than a 500; an event consumer letting it through sends its record to the dead-letter topic without retry.
 */
public final class CalendarNotKnown extends DomainException {

    /** No agency event named this agency: it may not exist, or its opening has not arrived yet. (404) */
    public static final String AGENCY_UNKNOWN = "calendar.agency_unknown";
    /** The agency is known but no event told its country yet (geo republishes it at start). (503) */
    public static final String COUNTRY_UNKNOWN = "calendar.country_unknown";
    /** Neither the agency's own hours nor the company default have arrived yet. (503) */
    public static final String HOURS_UNKNOWN = "calendar.hours_unknown";

    private final UUID agencyId;

    private CalendarNotKnown(ErrorKind kind, String code, UUID agencyId) {
        super(kind, code, null, agencyId);
        this.agencyId = agencyId;
    }

    static CalendarNotKnown agencyUnknown(UUID agencyId) {
        return new CalendarNotKnown(ErrorKind.NOT_FOUND, AGENCY_UNKNOWN, agencyId);
    }

    static CalendarNotKnown countryUnknown(UUID agencyId) {
        return new CalendarNotKnown(ErrorKind.UNAVAILABLE, COUNTRY_UNKNOWN, agencyId);
    }

    static CalendarNotKnown hoursUnknown(UUID agencyId) {
        return new CalendarNotKnown(ErrorKind.UNAVAILABLE, HOURS_UNKNOWN, agencyId);
    }

    public UUID agencyId() {
        return agencyId;
    }

    @Override
    public String getMessage() {
        return code() + " (agency " + agencyId + ")";
    }
}
