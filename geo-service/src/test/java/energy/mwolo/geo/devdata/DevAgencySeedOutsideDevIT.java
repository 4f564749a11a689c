package energy.mwolo.geo.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Outside the dev profile no agency is seeded: production never gets one. */
class DevAgencySeedOutsideDevIT extends AbstractApiIT {

    @Autowired
    private ApplicationContext context;

    @Test
    void noSeedRunsOutsideTheDevProfile() {
        assertThat(context.getBeanNamesForType(DevAgencySeed.class)).isEmpty();
    }
}
