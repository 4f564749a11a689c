package energy.mwolo.platform.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ReadModelsTest {

    @Test
    void theConsumerIsNamedAfterTheModuleAndTheReadModelLikeTheServicesOwnConsumersWere() {
        MockEnvironment crm = new MockEnvironment().withProperty("spring.application.name", "crm-service");
        MockEnvironment devstack = new MockEnvironment().withProperty("spring.application.name", "billing");

        assertThat(ReadModels.consumerName(crm, "agencies")).isEqualTo("crm.agencies");
        assertThat(ReadModels.consumerName(devstack, "calendar")).isEqualTo("billing.calendar");
    }

    @Test
    void aServiceMayKeepTheConsumerNameItUsedBefore() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.application.name", "hr-service")
                .withProperty("mwolo.read-models.agencies.consumer", "hr.agency-copy");

        assertThat(ReadModels.consumerName(environment, "agencies")).isEqualTo("hr.agency-copy");
    }

    @Test
    void addsTheReadModelMigrationsOnceAndAppliesThemOutOfOrder() {
        FluentConfiguration configuration = new FluentConfiguration()
                .locations("classpath:db/migration", "classpath:db/platform");

        ReadModels.migrations("agencies").customize(configuration);
        ReadModels.migrations("agencies").customize(configuration);

        assertThat(configuration.getLocations()).extracting(Location::getDescriptor).containsExactly(
                "classpath:db/migration", "classpath:db/platform", "classpath:db/read-models/agencies");
        assertThat(configuration.isOutOfOrder()).isTrue();
    }
}
