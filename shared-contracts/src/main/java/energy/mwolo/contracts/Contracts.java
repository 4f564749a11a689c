package energy.mwolo.contracts;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import java.util.List;

/** The catalogue of every event contract; the build tests each one against its schema and golden sample. */
public final class Contracts {

    private static final List<EventContract<?>> ALL = List.of(
            AgencyOpened.CONTRACT,
            AgencyUpdated.CONTRACT,
            AgencyClosed.CONTRACT);

    private Contracts() {
    }

    public static List<EventContract<?>> all() {
        return ALL;
    }
}
