package energy.mwolo.contracts.services;

import static energy.mwolo.contracts.services.NamePattern.exactly;
import static energy.mwolo.contracts.services.NamePattern.startingWith;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.Topics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The Kafka ACL table: one user per service of the {@link ServiceCatalogue} (the gateway has none), one for the
 * meters and their head-ends, and the admin. The devstack and the tests create these users and exactly these ACLs;
 * production declares the same rows (Strimzi {@code KafkaUser} resources, see shared-contracts/README.md).
 *
 * <p>A service's row derives from three facts: it writes its own topics ({@code <name>.}, a prefix), what its
 * contract adds ({@link #ALSO_WRITES}), and the topics it consumes ({@link #CONSUMES}), which it reads, in its
 * consumer group ({@code <module>}, the platform's default {@code spring.kafka.consumer.group-id}; none while it
 * consumes nothing), and whose {@code <topic>.dlt} it writes (the platform's dead letters). The audit service reads every topic and writes the
 * dead letters of every contract's topic.
 */
public final class KafkaUsers {

    /** The user of the tooling that creates users and ACLs; a super user, never given to a service. */
    public static final String ADMIN = "admin";

    /** Meters and head-ends: they publish readings and alarms, and receive commands. */
    public static final KafkaAccess METERS = new KafkaAccess("meters",
            List.of(exactly(Topics.IOT_METER_READINGS), exactly(Topics.IOT_METER_EVENTS)),
            List.of(exactly(Topics.IOT_METER_COMMANDS)),
            List.of(startingWith("meters")));

    /** What each service consumes; a service not listed consumes nothing yet. */
    private static final Map<PlatformService, List<String>> CONSUMES = Map.of(
            ServiceCatalogue.IDENTITY, List.of(Topics.GEO_AGENCY_EVENTS, Topics.CRM_CLIENT_EVENTS,
                    Topics.HR_EMPLOYEE_EVENTS),
            ServiceCatalogue.HR, List.of(Topics.GEO_AGENCY_EVENTS, Topics.GEO_CALENDAR_EVENTS),
            ServiceCatalogue.CRM, List.of(Topics.IDENTITY_USER_EVENTS, Topics.GEO_AGENCY_EVENTS,
                    Topics.CMS_LEAD_EVENTS, Topics.SUPPORT_TICKET_EVENTS),
            ServiceCatalogue.CMS, List.of(Topics.HR_EMPLOYEE_EVENTS, Topics.GEO_AGENCY_EVENTS),
            ServiceCatalogue.BILLING, List.of(Topics.CRM_CLIENT_EVENTS, Topics.CRM_SITE_EVENTS,
                    Topics.CRM_CONTRACT_EVENTS, Topics.OPERATIONS_CONSUMPTION_EVENTS),
            ServiceCatalogue.OPERATIONS, List.of(Topics.CRM_CLIENT_EVENTS, Topics.CRM_SITE_EVENTS,
                    Topics.CRM_CONTRACT_EVENTS, Topics.IOT_METER_READINGS, Topics.IOT_METER_EVENTS,
                    Topics.BILLING_ACCOUNT_EVENTS, Topics.GEO_AGENCY_EVENTS, Topics.GEO_CALENDAR_EVENTS,
                    Topics.BILLING_PAYMENT_EVENTS),
            ServiceCatalogue.SUPPORT, List.of(Topics.CRM_CLIENT_EVENTS, Topics.CRM_SITE_EVENTS,
                    Topics.GEO_AGENCY_EVENTS, Topics.GEO_CALENDAR_EVENTS, Topics.OPERATIONS_METER_EVENTS));

    /** Topics outside a service's own prefix that its contract lets it write. */
    private static final Map<PlatformService, List<String>> ALSO_WRITES = Map.of(
            ServiceCatalogue.OPERATIONS, List.of(Topics.IOT_METER_COMMANDS));

    /** The audit log reads everything. */
    private static final PlatformService READS_EVERY_TOPIC = ServiceCatalogue.AUDIT;

    private static final List<KafkaAccess> ALL = checked();

    private KafkaUsers() {
    }

    /** Every user but the admin: one per service with Kafka, then the meters. */
    public static List<KafkaAccess> all() {
        return ALL;
    }

    /** Kafka Connect's user and group, where it relays the outboxes instead of the services' embedded relays. */
    public static final String CONNECT = "connect";
    public static final String CONNECT_GROUP = "mwolo-connect";

    /**
     * Kafka Connect's row, apart from {@link #all()} (it is no service, and writes in the services' names): every
     * service's event topics, which its connectors write for them, and its own state topics ({@code mwolo-connect-*})
     * and group. Kubernetes' KafkaUser and compose's {@code debezium} profile grant it.
     */
    public static KafkaAccess connect() {
        List<NamePattern> writes = new ArrayList<>();
        publishers().forEach(service -> writes.add(startingWith(service.name() + ".")));
        writes.add(startingWith(CONNECT_GROUP + "-"));
        return new KafkaAccess(CONNECT, writes, List.of(startingWith(CONNECT_GROUP + "-")),
                List.of(exactly(CONNECT_GROUP)));
    }

    /** The services whose domain events ({@link Contracts#all()}) leave through an outbox, in catalogue order. */
    public static List<PlatformService> publishers() {
        Set<String> producers = new HashSet<>();
        Contracts.all().forEach(contract -> producers.add(contract.module()));
        return ServiceCatalogue.all().stream().filter(service -> producers.contains(service.name())).toList();
    }

    /** The service's row; the gateway has none. */
    public static Optional<KafkaAccess> find(PlatformService service) {
        return ALL.stream().filter(access -> access.user().equals(service.name())).findFirst();
    }

    /** The service's row. */
    public static KafkaAccess of(PlatformService service) {
        return find(service).orElseThrow(() -> new NoSuchElementException(service.name() + " uses no Kafka"));
    }

    /** The row of that user ({@code crm}, {@code meters}). */
    public static Optional<KafkaAccess> named(String user) {
        return ALL.stream().filter(access -> access.user().equals(user)).findFirst();
    }

    /** The topics the service consumes by name (none for the audit service, which reads every topic). */
    public static List<String> consumedBy(PlatformService service) {
        return CONSUMES.getOrDefault(service, List.of());
    }

    /**
     * The password of {@code user} in the {@code dev} profile and the devstack, and nowhere else: anyone can read
     * it here.
     */
    public static String devPassword(String user) {
        return "mwolo-dev-" + user;
    }

    /**
     * A client's {@code sasl.jaas.config} for SCRAM as {@code username}: values quoted, backslashes and quotes
     * escaped as Kafka's JAAS parser reads them.
     */
    public static String scramJaasConfig(String username, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=" + quoted(username)
                + " password=" + quoted(password) + ";";
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The row of a service that reads {@code consumes} (a service of the catalogue, or a test's stand-in). */
    public static KafkaAccess forService(String name, String module, List<String> consumes, List<String> alsoWrites) {
        Set<NamePattern> writes = new LinkedHashSet<>();
        writes.add(startingWith(name + "."));
        alsoWrites.forEach(topic -> writes.add(exactly(topic)));
        List<NamePattern> reads = new ArrayList<>();
        for (String topic : consumes) {
            reads.add(exactly(topic));
            String deadLetters = Topics.deadLetter(topic);
            if (writes.stream().noneMatch(pattern -> pattern.matches(deadLetters))) {
                writes.add(exactly(deadLetters));
            }
        }
        List<NamePattern> groups = consumes.isEmpty() ? List.of() : List.of(exactly(module));
        return new KafkaAccess(name, List.copyOf(writes), reads, groups);
    }

    private static KafkaAccess service(PlatformService service) {
        if (service == READS_EVERY_TOPIC) {
            Set<NamePattern> writes = new LinkedHashSet<>();
            writes.add(startingWith(service.name() + "."));
            eventTopics().forEach(topic -> writes.add(exactly(Topics.deadLetter(topic))));
            return new KafkaAccess(service.name(), List.copyOf(writes), List.of(NamePattern.ANY),
                    List.of(exactly(service.module())));
        }
        return forService(service.name(), service.module(), consumedBy(service),
                ALSO_WRITES.getOrDefault(service, List.of()));
    }

    /** Every topic an event contract is published on. */
    private static Set<String> eventTopics() {
        Set<String> topics = new LinkedHashSet<>();
        Contracts.all().stream().map(EventContract::topic).forEach(topics::add);
        return topics;
    }

    private static List<KafkaAccess> checked() {
        List<KafkaAccess> rows = new ArrayList<>();
        for (PlatformService service : ServiceCatalogue.all()) {
            if (service != ServiceCatalogue.GATEWAY) {
                rows.add(service(service));
            }
        }
        rows.add(METERS);
        Set<String> users = new HashSet<>(Set.of(ADMIN));
        for (KafkaAccess row : rows) {
            if (!users.add(row.user())) {
                throw new IllegalStateException("Two Kafka users are named " + row.user());
            }
        }
        return List.copyOf(rows);
    }
}
