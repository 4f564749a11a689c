package energy.mwolo.platform.probe;

import energy.mwolo.platform.readmodels.agencies.AgenciesChanged;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every {@link AgenciesChanged} the agency read model announced, as a service caching agencies would hear it. */
@Component
public class AgencyChanges {

    private final List<UUID> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(AgenciesChanged changed) {
        heard.add(changed.agencyId());
    }

    /** How many changes of this agency were announced. */
    public long of(UUID agency) {
        return heard.stream().filter(agency::equals).count();
    }
}
