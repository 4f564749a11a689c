package energy.mwolo.hr.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Outside the dev profile no employee is seeded: production never gets one. */
class DevStaffSeedOutsideDevIT extends AbstractApiIT {

    @Autowired
    private ApplicationContext context;

    @Test
    void noSeedRunsOutsideTheDevProfile() {
        assertThat(context.getBeanNamesForType(DevStaffSeed.class)).isEmpty();
    }
}
