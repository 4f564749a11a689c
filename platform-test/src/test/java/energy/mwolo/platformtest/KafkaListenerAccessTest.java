package energy.mwolo.platformtest;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.NamePattern;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.KafkaListenerAccess.Listening;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaListenerAccessTest {

    private static final KafkaAccess CRM = KafkaUsers.of(ServiceCatalogue.CRM);

    @Test
    void aListenerOnWhatTheTableGrantsPasses() {
        Listening registrations = Listening.of(container("crm.registrations", "crm-service",
                new ContainerProperties(Topics.IDENTITY_USER_EVENTS)));

        assertThat(KafkaListenerAccess.refused(CRM, List.of(registrations))).isEmpty();
    }

    @Test
    void aListenerOnATopicTheTableDoesNotGrantIsNamedWithWhatItLacks() {
        Listening calendar = Listening.of(container("crm.calendar", "crm-service",
                new ContainerProperties(Topics.GEO_CALENDAR_EVENTS)));

        assertThat(KafkaListenerAccess.refused(CRM, List.of(calendar))).containsExactly(
                "crm.calendar reads geo.calendar.events, which it may not read",
                "crm.calendar dead-letters to geo.calendar.events.dlt, which it may not write");
    }

    @Test
    void aListenerInAnotherServicesGroupIsNamed() {
        Listening foreign = Listening.of(container("crm.registrations", "identity-service",
                new ContainerProperties(Topics.IDENTITY_USER_EVENTS)));

        assertThat(KafkaListenerAccess.refused(CRM, List.of(foreign)))
                .containsExactly("crm.registrations joins group identity-service, which it may not use");
    }

    @Test
    void onlyAUserThatReadsEveryTopicMayListenByPattern() {
        Listening everything = Listening.of(container("audit-log", "audit-service",
                new ContainerProperties(Pattern.compile(".*\\.events"))));
        Listening crmEverything = Listening.of(container("crm.everything", "crm-service",
                new ContainerProperties(Pattern.compile(".*\\.events"))));

        assertThat(KafkaListenerAccess.refused(KafkaUsers.of(ServiceCatalogue.AUDIT), List.of(everything))).isEmpty();
        assertThat(KafkaListenerAccess.refused(CRM, List.of(crmEverything))).singleElement().asString()
                .contains("reads every topic matching .*\\.events");
    }

    @Test
    void aStandInIsGrantedWhatItsListenersConsume() {
        KafkaAccess probe = KafkaUsers.forService("probe", "probe-service", List.of(), List.of());
        Listening leads = Listening.of(container("probe.leads", "probe-service",
                new ContainerProperties(Topics.CMS_LEAD_EVENTS)));

        KafkaAccess widened = KafkaListenerAccess.widened(probe, List.of(leads));

        assertThat(widened.mayRead(Topics.CMS_LEAD_EVENTS)).isTrue();
        assertThat(widened.mayWrite("cms.lead.events.dlt")).isTrue();
        assertThat(widened.mayWrite(Topics.CMS_LEAD_EVENTS)).isFalse();
        assertThat(widened.mayJoin("probe-service")).isTrue();
        assertThat(widened.writes()).contains(NamePattern.startingWith("probe."));
        assertThat(KafkaListenerAccess.refused(widened, List.of(leads))).isEmpty();
    }

    private static ConcurrentMessageListenerContainer<String, String> container(String id, String group,
                                                                               ContainerProperties properties) {
        properties.setMessageListener((MessageListener<String, String>) record -> { });
        var consumers = new DefaultKafkaConsumerFactory<String, String>(
                Map.of(ConsumerConfig.GROUP_ID_CONFIG, group));
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setBeanName(id);
        return container;
    }
}
