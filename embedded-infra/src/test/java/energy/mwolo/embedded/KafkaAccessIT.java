package energy.mwolo.embedded;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.NamePattern;
import energy.mwolo.contracts.services.ServiceCatalogue;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What the broker refuses, and what it lets each user do: the attacks of a process that reaches the broker. */
class KafkaAccessIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SharedKafka kafka = SharedKafka.start();
    private final KafkaCredentials crm = kafka.credentials(ServiceCatalogue.CRM);

    @Test
    void crmCannotWriteIdentitysTopic() {
        String forgedLink = "{\"user_id\":\"" + UUID.randomUUID() + "\"}";

        Throwable refused = send(kafka.clientProperties(crm), Topics.IDENTITY_USER_EVENTS, forgedLink);

        assertThat(causes(refused)).hasAtLeastOneElementOfType(TopicAuthorizationException.class);
        assertThat(Records.read(kafka, Topics.IDENTITY_USER_EVENTS, 100, Duration.ofSeconds(2)))
                .extracting(ConsumerRecord::value).doesNotContain(forgedLink);
    }

    @Test
    void aClientThatDoesNotAuthenticateCannotWriteAnyTopic() throws Exception {
        Map<String, Object> anonymous = new HashMap<>();
        anonymous.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        String topic = "crm.anonymous-" + UUID.randomUUID() + ".events";

        Throwable refused = send(anonymous, topic, "{}");

        assertThat(causes(refused)).hasAtLeastOneElementOfType(TimeoutException.class);
        try (Admin admin = Admin.create(kafka.adminClientProperties())) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).as("nothing reached the broker")
                    .doesNotContain(topic);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        KafkaCredentials guessed = new KafkaCredentials(crm.username(), crm.password() + "x");

        Throwable refused = send(kafka.clientProperties(guessed), Topics.CRM_CLIENT_EVENTS, "{}");

        assertThat(causes(refused)).hasAtLeastOneElementOfType(SaslAuthenticationException.class);
    }

    @Test
    void aServiceWritesItsOwnTopicsAndReadsWhatItConsumesInItsGroup() throws Exception {
        String ownTopic = "crm.access-" + UUID.randomUUID() + ".events";
        String registration = "{\"registered\":\"" + UUID.randomUUID() + "\"}";
        try (KafkaProducer<String, String> admin = producer(kafka.adminClientProperties())) {
            admin.send(new ProducerRecord<>(Topics.IDENTITY_USER_EVENTS, registration)).get(30, TimeUnit.SECONDS);
        }

        assertThat(send(kafka.clientProperties(crm), ownTopic, "{}")).isNull();
        assertThat(send(kafka.clientProperties(crm), Topics.deadLetter(Topics.IDENTITY_USER_EVENTS), "{}"))
                .as("the dead letters of a topic it consumes").isNull();
        try (KafkaConsumer<String, String> consumer = consumer(crm, "crm-service")) {
            consumer.subscribe(List.of(Topics.IDENTITY_USER_EVENTS));
            assertThat(pollUntil(consumer, registration)).isTrue();
            consumer.commitSync();
        }
    }

    @Test
    void aServiceCannotReadATopicItDoesNotConsumeNorWriteItsDeadLetters() {
        try (KafkaConsumer<String, String> consumer = consumer(crm, "crm-service")) {
            consumer.subscribe(List.of(Topics.GEO_CALENDAR_EVENTS));

            assertThat(catchThrowable(() -> consumer.poll(WAIT))).isInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(causes(send(kafka.clientProperties(crm), Topics.deadLetter(Topics.GEO_CALENDAR_EVENTS), "{}")))
                .hasAtLeastOneElementOfType(TopicAuthorizationException.class);
    }

    @Test
    void anotherServicesConsumerGroupIsRefused() {
        try (KafkaConsumer<String, String> consumer = consumer(crm, "identity-service")) {
            consumer.subscribe(List.of(Topics.IDENTITY_USER_EVENTS));

            assertThat(catchThrowable(() -> consumer.poll(WAIT))).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void ensuringAUserAgainRemovesWhatItsRowNoLongerGrants() {
        KafkaAccess wider = new KafkaAccess("shrinking", List.of(NamePattern.startingWith("shrinking."),
                NamePattern.exactly("elsewhere.thing.events")), List.of(), List.of());
        KafkaAccess narrower = new KafkaAccess("shrinking", List.of(NamePattern.startingWith("shrinking.")),
                List.of(), List.of());
        KafkaCredentials user = kafka.ensureUser(wider, "first-password");
        assertThat(send(kafka.clientProperties(user), "elsewhere.thing.events", "{}")).isNull();

        KafkaCredentials again = kafka.ensureUser(narrower, "second-password");

        assertThat(causes(send(kafka.clientProperties(again), "elsewhere.thing.events", "{}")))
                .hasAtLeastOneElementOfType(TopicAuthorizationException.class);
        assertThat(send(kafka.clientProperties(again), "shrinking.thing.events", "{}")).isNull();
        assertThat(causes(send(kafka.clientProperties(user), "shrinking.thing.events", "{}")))
                .as("the former password").hasAtLeastOneElementOfType(SaslAuthenticationException.class);
    }

    @Test
    void theMetersWriteReadingsButNoCommands() {
        KafkaCredentials meters = kafka.credentials(KafkaUsers.METERS);

        assertThat(send(kafka.clientProperties(meters), Topics.IOT_METER_READINGS, "{}")).isNull();
        assertThat(causes(send(kafka.clientProperties(meters), Topics.IOT_METER_COMMANDS, "{}")))
                .hasAtLeastOneElementOfType(TopicAuthorizationException.class);
    }

    /** The failure of one send, or null when the broker acknowledged it. */
    private static Throwable send(Map<String, Object> client, String topic, String value) {
        Map<String, Object> config = new HashMap<>(client);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = producer(config)) {
            return catchThrowable(() -> producer.send(new ProducerRecord<>(topic, "key", value))
                    .get(30, TimeUnit.SECONDS));
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> client) {
        return new KafkaProducer<>(client, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(KafkaCredentials user, String group) {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties(user));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static boolean pollUntil(KafkaConsumer<String, String> consumer, String value) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (value.equals(record.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
