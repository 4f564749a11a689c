package energy.mwolo.contracts.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.Topics;
import java.util.List;
import java.util.NoSuchElementException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class KafkaUsersTest {

    private static final List<String> EVENT_TOPICS =
            Contracts.all().stream().map(EventContract::topic).distinct().toList();

    @Test
    void everyServiceButTheGatewayHasAUserNamedAfterIt() {
        assertThat(KafkaUsers.all()).extracting(KafkaAccess::user).containsExactly(
                "identity", "geo", "hr", "crm", "billing", "operations", "support", "cms", "audit", "meters");
        assertThat(KafkaUsers.find(ServiceCatalogue.GATEWAY)).isEmpty();
        Assertions.assertThatThrownBy(() -> KafkaUsers.of(ServiceCatalogue.GATEWAY))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(KafkaUsers.named(KafkaUsers.ADMIN)).as("the admin is no row of the table").isEmpty();
    }

    @Test
    void kafkaConnectMayWriteEveryServicesEventTopicsAndItsOwnStateButReadNoEvent() {
        KafkaAccess connect = KafkaUsers.connect();

        assertThat(connect.user()).isEqualTo(KafkaUsers.CONNECT);
        assertThat(KafkaUsers.all()).as("no service's row").doesNotContain(connect);
        for (EventContract<?> contract : Contracts.all()) {
            assertThat(connect.mayWrite(contract.topic())).as(contract.topic()).isTrue();
            assertThat(connect.mayRead(contract.topic())).as(contract.topic()).isFalse();
        }
        assertThat(connect.mayWrite(Topics.IOT_METER_COMMANDS)).isFalse();
        assertThat(connect.mayWrite("mwolo-connect-offsets")).isTrue();
        assertThat(connect.groups()).extracting(NamePattern::toString).containsExactly(KafkaUsers.CONNECT_GROUP);
    }

    @Test
    void onlyTheOwningServiceMayWriteAnEventTopic() {
        for (EventContract<?> contract : Contracts.all()) {
            List<String> writers = KafkaUsers.all().stream().filter(user -> user.mayWrite(contract.topic()))
                    .map(KafkaAccess::user).toList();
            assertThat(writers).as("who may write %s", contract.topic()).containsExactly(contract.module());
        }
    }

    @Test
    void crmMayWriteItsOwnTopicsButNotIdentitys() {
        KafkaAccess crm = KafkaUsers.of(ServiceCatalogue.CRM);

        assertThat(crm.mayWrite(Topics.CRM_CLIENT_EVENTS)).isTrue();
        assertThat(crm.mayWrite("crm.anything-new.events")).isTrue();
        assertThat(crm.mayWrite(Topics.IDENTITY_USER_EVENTS)).isFalse();
        assertThat(crm.mayWrite(Topics.IOT_METER_COMMANDS)).isFalse();
    }

    @Test
    void aConsumerReadsWhatItConsumesInItsGroupAndWritesThoseTopicsDeadLetters() {
        KafkaAccess crm = KafkaUsers.of(ServiceCatalogue.CRM);

        assertThat(KafkaUsers.consumedBy(ServiceCatalogue.CRM)).containsExactly(Topics.IDENTITY_USER_EVENTS,
                Topics.GEO_AGENCY_EVENTS, Topics.CMS_LEAD_EVENTS, Topics.SUPPORT_TICKET_EVENTS);
        assertThat(crm.reads()).extracting(NamePattern::name).containsExactly(Topics.IDENTITY_USER_EVENTS,
                Topics.GEO_AGENCY_EVENTS, Topics.CMS_LEAD_EVENTS, Topics.SUPPORT_TICKET_EVENTS);
        assertThat(crm.mayWrite("identity.user.events.dlt")).isTrue();
        assertThat(crm.mayWrite("geo.calendar.events.dlt")).as("a topic it does not consume").isFalse();
        assertThat(crm.mayRead(Topics.GEO_CALENDAR_EVENTS)).isFalse();
        assertThat(crm.mayJoin("crm-service")).isTrue();
        assertThat(crm.mayJoin("identity-service")).isFalse();
    }

    @Test
    void aServiceThatConsumesNothingReadsNothing() {
        KafkaAccess geo = KafkaUsers.of(ServiceCatalogue.GEO);

        assertThat(geo.reads()).isEmpty();
        assertThat(geo.writes()).containsExactly(NamePattern.startingWith("geo."));
        assertThat(geo.groups()).isEmpty();
    }

    @Test
    void operationsCommandsTheMetersAndTheMetersReportToOperations() {
        KafkaAccess operations = KafkaUsers.of(ServiceCatalogue.OPERATIONS);
        KafkaAccess meters = KafkaUsers.METERS;

        assertThat(operations.mayWrite(Topics.IOT_METER_COMMANDS)).isTrue();
        assertThat(operations.mayRead(Topics.IOT_METER_READINGS)).isTrue();
        assertThat(operations.mayRead(Topics.IOT_METER_EVENTS)).isTrue();
        assertThat(operations.mayWrite(Topics.IOT_METER_READINGS)).isFalse();
        assertThat(meters.mayWrite(Topics.IOT_METER_READINGS)).isTrue();
        assertThat(meters.mayWrite(Topics.IOT_METER_EVENTS)).isTrue();
        assertThat(meters.mayWrite(Topics.IOT_METER_COMMANDS)).isFalse();
        assertThat(meters.mayRead(Topics.IOT_METER_COMMANDS)).isTrue();
        assertThat(meters.mayRead(Topics.IOT_METER_READINGS)).isFalse();
    }

    @Test
    void operationsReadsTheCrmTopicsItKeepsItsViewOfCustomersFrom() {
        KafkaAccess operations = KafkaUsers.of(ServiceCatalogue.OPERATIONS);

        for (String topic : List.of(Topics.CRM_CLIENT_EVENTS, Topics.CRM_SITE_EVENTS, Topics.CRM_CONTRACT_EVENTS)) {
            assertThat(operations.mayRead(topic)).as(topic).isTrue();
            assertThat(operations.mayWrite(topic)).as(topic).isFalse();
            assertThat(operations.mayWrite(Topics.deadLetter(topic))).as(topic).isTrue();
        }
        assertThat(operations.mayRead(Topics.IDENTITY_USER_EVENTS)).isFalse();
        assertThat(operations.mayJoin("operations-service")).isTrue();
    }

    @Test
    void auditReadsEveryTopicAndWritesOnlyDeadLetters() {
        KafkaAccess audit = KafkaUsers.of(ServiceCatalogue.AUDIT);

        assertThat(audit.reads()).containsExactly(NamePattern.ANY);
        for (String topic : EVENT_TOPICS) {
            assertThat(audit.mayRead(topic)).isTrue();
            assertThat(audit.mayWrite(topic)).as("audit writing %s", topic).isFalse();
            assertThat(audit.mayWrite(Topics.deadLetter(topic))).isTrue();
        }
        assertThat(audit.mayJoin("audit-service")).isTrue();
    }

    @Test
    void everyConsumedTopicHasAWriterInTheTable() {
        for (PlatformService service : ServiceCatalogue.all()) {
            for (String topic : KafkaUsers.consumedBy(service)) {
                assertThat(KafkaUsers.all()).as("a writer of %s, which %s consumes", topic, service.name())
                        .anyMatch(user -> user.mayWrite(topic));
            }
        }
    }

    @Test
    void noUserButTheAdminMayWriteEveryTopic() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KafkaAccess("rogue", List.of(NamePattern.ANY),
                List.of(), List.of()));
    }

    @Test
    void namePatternsMatchAsTheBrokerDoes() {
        assertThat(NamePattern.startingWith("crm.").matches("crm.client.events")).isTrue();
        assertThat(NamePattern.startingWith("crm.").matches("crmx.client.events")).isFalse();
        assertThat(NamePattern.exactly("crm.client.events").matches("crm.client.events.dlt")).isFalse();
        assertThat(NamePattern.ANY.matches("anything")).isTrue();
        assertThat(NamePattern.startingWith("crm.")).hasToString("crm.*");
    }
}
