package energy.mwolo.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.KafkaUsers;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedKafkaIT {

    private final SharedKafka kafka = SharedKafka.start();

    @Test
    void startsOncePerJvm() {
        assertThat(SharedKafka.start()).isSameAs(kafka);
        assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
        assertThat(SharedKafka.at(kafka.bootstrapServers())).contains(kafka);
    }

    @Test
    void aProducedRecordIsReadBackWithItsKeyValueAndHeaders() throws Exception {
        String topic = "probe." + UUID.randomUUID() + ".events";
        String aggregateId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, "{\"name\":\"Gombe\"}");
            record.headers().add("ce_type", "geo.PlaceCreated".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }

        List<ConsumerRecord<String, String>> read = Records.read(kafka, topic, 1, Duration.ofSeconds(30));

        assertThat(read).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(aggregateId);
            assertThat(record.value()).isEqualTo("{\"name\":\"Gombe\"}");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("geo.PlaceCreated");
        });
    }

    @Test
    void topicsAreCreatedOnFirstUseWithThreePartitions() throws Exception {
        String topic = "probe." + UUID.randomUUID() + ".events";
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get();
        }
        try (Admin admin = Admin.create(kafka.adminClientProperties())) {
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions())
                    .hasSize(SharedKafka.PARTITIONS);
        }
    }

    @Test
    void aBrokerStartedAgainServesItsRecordsUsersAndAclsOnTheSamePort() throws Exception {
        String bootstrap = kafka.bootstrapServers();
        KafkaCredentials meters = kafka.credentials(KafkaUsers.METERS);
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer(kafka.clientProperties(meters))) {
            producer.send(new ProducerRecord<>(Topics.IOT_METER_READINGS, key, "before")).get();
        }

        kafka.stopBroker();
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        kafka.startBroker();

        assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
        try (KafkaProducer<String, String> producer = producer(kafka.clientProperties(meters))) {
            producer.send(new ProducerRecord<>(Topics.IOT_METER_READINGS, key, "after")).get(30, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, String>> read = Records.read(kafka, Topics.IOT_METER_READINGS, Integer.MAX_VALUE,
                Duration.ofSeconds(5));
        assertThat(read).filteredOn(record -> key.equals(record.key())).extracting(ConsumerRecord::value)
                .containsExactly("before", "after");
    }

    @Test
    void aProducerRunningAcrossTheRestartLosesNothing() throws Exception {
        String topic = "probe." + UUID.randomUUID() + ".events";
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "k", "0")).get();
            kafka.stopBroker();
            // A send waits for the partition's leader (max.block.ms) while no broker answers: from another thread.
            CompletableFuture<List<Future<RecordMetadata>>> sending = CompletableFuture.supplyAsync(() -> {
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    sent.add(producer.send(new ProducerRecord<>(topic, "k", Integer.toString(i))));
                }
                return sent;
            });
            Thread.sleep(1_000);
            kafka.startBroker();
            for (Future<RecordMetadata> future : sending.get(60, TimeUnit.SECONDS)) {
                future.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(Records.read(kafka, topic, 6, Duration.ofSeconds(30))).extracting(ConsumerRecord::value)
                .containsExactly("0", "1", "2", "3", "4", "5");
    }

    private KafkaProducer<String, String> producer() {
        return producer(kafka.adminClientProperties());
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> client) {
        return new KafkaProducer<>(client, new StringSerializer(), new StringSerializer());
    }
}
