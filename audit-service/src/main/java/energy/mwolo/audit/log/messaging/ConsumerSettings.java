package energy.mwolo.audit.log.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit consumer.
 *
 * @param metadataMaxAge how often the consumer refreshes topic metadata, hence how soon a new {@code *.events}
 *                       topic is subscribed (at most 30 seconds)
 * @param maxPollRecords the largest batch appended in one transaction
 */
@ConfigurationProperties("mwolo.audit.consumer")
public record ConsumerSettings(Duration metadataMaxAge, Integer maxPollRecords) {

    static final Duration LONGEST_METADATA_AGE = Duration.ofSeconds(30);

    public ConsumerSettings {
        metadataMaxAge = metadataMaxAge == null ? LONGEST_METADATA_AGE : metadataMaxAge;
        if (metadataMaxAge.compareTo(LONGEST_METADATA_AGE) > 0 || metadataMaxAge.isNegative()) {
            throw new IllegalArgumentException("mwolo.audit.consumer.metadata-max-age must lie between 0 and 30s "
                    + "(a new topic is subscribed within that time)");
        }
        maxPollRecords = maxPollRecords == null ? 500 : maxPollRecords;
    }
}
