package energy.mwolo.embedded;

import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.NamePattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The tooling that creates users and ACLs, as the admin: a user's SCRAM credential, then exactly the ACLs of its
 * row of the table (missing ones created, others of that principal deleted), then waits until the broker applies
 * both. Idempotent: the devstack runs it at every start on its kept broker.
 */
final class KafkaAccessControl {

    /** The iteration count of stored SCRAM credentials (SCRAM-SHA-512's minimum). */
    static final int SCRAM_ITERATIONS = 4096;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> adminClient;
    private final ClientSettings clients;

    /**
     * @param adminClient the admin's client settings on the broker's listener
     * @param clients     how to connect as another user, to wait until its credential works
     */
    KafkaAccessControl(Map<String, Object> adminClient, ClientSettings clients) {
        this.adminClient = adminClient;
        this.clients = clients;
    }

    /** How to reach the broker as a user. */
    interface ClientSettings {
        Map<String, Object> of(KafkaCredentials credentials);
    }

    /** Creates or updates the user and its ACLs; returns once the broker accepts its password and applies them. */
    KafkaCredentials ensure(KafkaAccess access, String password) {
        KafkaCredentials credentials = new KafkaCredentials(access.user(), password);
        Set<AclBinding> wanted = bindings(access);
        AclBindingFilter ofUser = new AclBindingFilter(ResourcePatternFilter.ANY,
                new AccessControlEntryFilter(access.principal(), null, AclOperation.ANY, AclPermissionType.ANY));
        try (Admin admin = Admin.create(adminClient)) {
            await(admin.alterUserScramCredentials(List.of(upsertion(access.user(), password))).all());
            Set<AclBinding> existing = new HashSet<>(await(admin.describeAcls(ofUser).values()));
            List<AclBindingFilter> stale = existing.stream().filter(binding -> !wanted.contains(binding))
                    .map(AclBinding::toFilter).toList();
            if (!stale.isEmpty()) {
                await(admin.deleteAcls(stale).all());
            }
            List<AclBinding> missing = wanted.stream().filter(binding -> !existing.contains(binding)).toList();
            if (!missing.isEmpty()) {
                await(admin.createAcls(missing).all());
            }
            // Both are committed by the controller; the broker applies them a moment later.
            waitUntil(() -> new HashSet<>(await(admin.describeAcls(ofUser).values())).equals(wanted),
                    "the ACLs of " + access.user());
        }
        waitUntil(() -> authenticates(clients.of(credentials)), "the password of " + access.user());
        return credentials;
    }

    /** Whether a client with these settings gets through authentication. */
    static boolean authenticates(Map<String, Object> client) {
        try (Admin admin = Admin.create(client)) {
            admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SaslAuthenticationException) {
                return false;
            }
            throw new IllegalStateException("Kafka did not answer", e.getCause());
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while connecting to Kafka", e);
        }
    }

    /** The ACLs that grant a row of the table (see {@link KafkaAccess}). */
    static Set<AclBinding> bindings(KafkaAccess access) {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        for (NamePattern topic : access.writes()) {
            allow(bindings, access, ResourceType.TOPIC, topic, AclOperation.WRITE);
            allow(bindings, access, ResourceType.TOPIC, topic, AclOperation.CREATE);
        }
        for (NamePattern topic : access.reads()) {
            allow(bindings, access, ResourceType.TOPIC, topic, AclOperation.READ);
            if (!topic.prefixed() && !topic.isAny()) {
                allow(bindings, access, ResourceType.TOPIC, topic, AclOperation.CREATE);
            }
        }
        for (NamePattern group : access.groups()) {
            allow(bindings, access, ResourceType.GROUP, group, AclOperation.READ);
        }
        return bindings;
    }

    private static void allow(Set<AclBinding> bindings, KafkaAccess access, ResourceType type, NamePattern name,
                              AclOperation operation) {
        ResourcePattern resource = new ResourcePattern(type, name.name(),
                name.prefixed() ? PatternType.PREFIXED : PatternType.LITERAL);
        bindings.add(new AclBinding(resource,
                new AccessControlEntry(access.principal(), "*", operation, AclPermissionType.ALLOW)));
    }

    private static UserScramCredentialUpsertion upsertion(String user, String password) {
        return new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password);
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka did not apply " + what + " within " + TIMEOUT.toSeconds()
                        + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Kafka to apply " + what, e);
            }
        }
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
