package energy.mwolo.platformtest.archfixture.bad.billing.model;

import org.apache.kafka.clients.producer.ProducerRecord;

/** A model that builds its own Kafka record. */
public class KafkaAwareModel {

    public ProducerRecord<String, String> toRecord() {
        return new ProducerRecord<>("billing.invoice.events", "key", "value");
    }
}
