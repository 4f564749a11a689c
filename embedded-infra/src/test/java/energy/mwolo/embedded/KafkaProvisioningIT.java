package energy.mwolo.embedded;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.MessageContract;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The compose stack's provisioning of a broker: users with their passwords and ACLs, topics; run again at restart. */
class KafkaProvisioningIT {

    private final SharedKafka kafka = SharedKafka.start();
    /** A user of its own, so that the passwords of the services' users other tests hold stay as they are. */
    private final KafkaAccess provisioned = KafkaUsers.forService("provisioned", "provisioned-service",
            List.of(), List.of());

    @Test
    void aUserGetsItsPasswordAndExactlyItsAclsAndEveryContractTopicExists() throws Exception {
        new KafkaProvisioning(environment("first-password"), List.of(provisioned)).run();

        assertThat(signsIn("first-password")).isTrue();
        assertThat(signsIn("another-password")).isFalse();
        assertThat(aclsOf("provisioned")).isEqualTo(KafkaAccessControl.bindings(provisioned));
        try (Admin admin = Admin.create(kafka.adminClientProperties())) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).containsAll(Contracts.messages().stream().map(MessageContract::topic)
                    .flatMap(topic -> Stream.of(topic, topic + ".dlt")).toList());
        }
    }

    @Test
    void runAgainItCreatesNoTopicAndTheNewPasswordReplacesTheOld() throws Exception {
        new KafkaProvisioning(environment("before-restart"), List.of(provisioned)).run();

        int created = new KafkaProvisioning(environment("after-restart"), List.of(provisioned)).run();

        assertThat(created).isZero();
        assertThat(signsIn("after-restart")).isTrue();
        assertThat(signsIn("before-restart")).isFalse();
        assertThat(aclsOf("provisioned")).isEqualTo(KafkaAccessControl.bindings(provisioned));
    }

    @Test
    void everyMissingVariableIsNamedBeforeAnythingIsTried() {
        KafkaProvisioning provisioning = new KafkaProvisioning(
                Map.of("MWOLO_KAFKA_ADMIN_BOOTSTRAP", kafka.bootstrapServers(), "MWOLO_KAFKA_PASSWORD_PROVISIONED", " "),
                List.of(provisioned));

        assertThat(provisioning.missing()).containsExactly("MWOLO_KAFKA_ADMIN_PASSWORD", "MWOLO_KAFKA_BOOTSTRAP",
                "MWOLO_KAFKA_PASSWORD_PROVISIONED");
    }

    private Map<String, String> environment(String password) {
        return Map.of(
                "MWOLO_KAFKA_ADMIN_BOOTSTRAP", kafka.bootstrapServers(),
                "MWOLO_KAFKA_ADMIN_MECHANISM", KafkaCredentials.MECHANISM,
                "MWOLO_KAFKA_ADMIN_PASSWORD", kafka.admin().password(),
                "MWOLO_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                KafkaProvisioning.passwordVariable("provisioned"), password);
    }

    private boolean signsIn(String password) {
        return KafkaAccessControl.authenticates(kafka.clientProperties(new KafkaCredentials("provisioned", password)));
    }

    private Set<AclBinding> aclsOf(String user) throws Exception {
        try (Admin admin = Admin.create(kafka.adminClientProperties())) {
            return new HashSet<>(admin.describeAcls(new AclBindingFilter(ResourcePatternFilter.ANY,
                    new AccessControlEntryFilter("User:" + user, null, AclOperation.ANY, AclPermissionType.ANY)))
                    .values().get());
        }
    }
}
