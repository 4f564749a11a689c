package energy.mwolo.crm.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Outside the dev profile there is no dev customer to seed: production never gets one. */
class DevCustomerSeedOutsideDevIT extends AbstractApiIT {

    @Autowired
    private ApplicationContext context;

    @Test
    void noSeedRunsOutsideTheDevProfile() {
        assertThat(context.getBeanNamesForType(DevCustomerSeed.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DevServicePoints.class)).isEmpty();
    }
}
