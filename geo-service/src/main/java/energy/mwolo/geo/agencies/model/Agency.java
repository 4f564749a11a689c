package energy.mwolo.geo.agencies.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An agency of the company. It is never deleted, because other services keep referring to it: it is closed. A
 * closed agency cannot be changed until it is reopened, and it never moves to another province (its code names it).
 */
public final class Agency {

    private final AgencyId id;
    private final AgencyCode code;
    private AgencyLocation location;
    private AgencyDetails details;
    private boolean active;
    private final List<AgencyEvent> events = new ArrayList<>();

    private Agency(AgencyId id, AgencyCode code, AgencyLocation location, AgencyDetails details, boolean active) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.location = Objects.requireNonNull(location, "location");
        this.details = Objects.requireNonNull(details, "details");
        this.active = active;
    }

    public static Agency open(AgencyCode code, AgencyLocation location, AgencyDetails details, Instant now) {
        Agency agency = new Agency(AgencyId.newId(), code, location, details, true);
        agency.events.add(new AgencyEvent.Opened(now));
        return agency;
    }

    /** Rebuilds an agency from storage; records no event. */
    public static Agency restore(AgencyId id, AgencyCode code, AgencyLocation location, AgencyDetails details,
                                 boolean active) {
        return new Agency(id, code, location, details, active);
    }

    /** Replaces what people may change; a revision that changes nothing records nothing. */
    public void revise(AgencyLocation newLocation, AgencyDetails newDetails, Instant now) {
        if (!active) {
            throw new AgencyIsClosed(code);
        }
        if (!newLocation.province().equals(location.province())) {
            throw new AgencyCannotMove(code);
        }
        if (newLocation.equals(location) && newDetails.equals(details)) {
            return;
        }
        location = newLocation;
        details = newDetails;
        events.add(new AgencyEvent.Updated(now));
    }

    /** Closing a closed agency changes nothing and records nothing. */
    public void close(Instant now) {
        if (!active) {
            return;
        }
        active = false;
        events.add(new AgencyEvent.Closed(now));
    }

    public void reopen(Instant now) {
        if (active) {
            return;
        }
        active = true;
        events.add(new AgencyEvent.Updated(now));
    }

    /** Hands over the events recorded since the last call, oldest first, and forgets them. */
    public List<AgencyEvent> pullEvents() {
        List<AgencyEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public AgencyId id() {
        return id;
    }

    public AgencyCode code() {
        return code;
    }

    public AgencyLocation location() {
        return location;
    }

    public AgencyDetails details() {
        return details;
    }

    public boolean isActive() {
        return active;
    }
}
