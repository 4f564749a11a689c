package energy.mwolo.support.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.support.AbstractApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Outside the dev profile no ticket is seeded: production never gets one. */
class DevTicketSeedOutsideDevIT extends AbstractApiIT {

    @Autowired
    private ApplicationContext context;

    @Test
    void noSeedRunsOutsideTheDevProfile() {
        assertThat(context.getBeanNamesForType(DevTicketSeed.class)).isEmpty();
    }
}
