package energy.mwolo.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(kafka.adminClientProperties(), new StringSerializer(), new StringSerializer());
    }
}
