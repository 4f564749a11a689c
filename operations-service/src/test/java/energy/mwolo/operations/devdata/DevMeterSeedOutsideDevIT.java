package energy.mwolo.operations.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Outside the dev profile no simulated meter is ever installed. */
class DevMeterSeedOutsideDevIT extends AbstractApiIT {

    @Autowired
    private ApplicationContext context;

    @Test
    void noSeedRunsOutsideTheDevProfile() {
        assertThat(context.getBeanNamesForType(DevMeterSeed.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DevMeterInstallation.class)).isEmpty();
    }
}
