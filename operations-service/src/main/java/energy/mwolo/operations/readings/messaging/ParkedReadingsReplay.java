package energy.mwolo.operations.readings.messaging;

import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.operations.readings.application.IngestingReadings;
import energy.mwolo.operations.readings.application.ReadingStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Replays, every {@code mwolo.readings.parked-replay-interval}, the readings parked while their meter was not
 * registered, once it is: read again from the message kept whole, then validated and stored like any other.
 */
@Component
public class ParkedReadingsReplay {

    private static final Logger log = LoggerFactory.getLogger(ParkedReadingsReplay.class);
    private static final int BATCH = 1_000;

    private final ReadingStore store;
    private final IngestingReadings ingesting;

    ParkedReadingsReplay(ReadingStore store, IngestingReadings ingesting) {
        this.store = store;
        this.ingesting = ingesting;
    }

    @Scheduled(fixedDelayString = "${mwolo.readings.parked-replay-interval:PT1M}",
            initialDelayString = "${mwolo.readings.parked-replay-interval:PT1M}")
    void replayPeriodically() {
        replay();
    }

    /** @return how many parked readings were replayed */
    public int replay() {
        int replayed = 0;
        List<String> payloads;
        do {
            payloads = store.parkedOfKnownMeters(BATCH);
            List<IncomingReading> readings = payloads.stream()
                    .map(payload -> DeviceReadings.read(payload.getBytes(StandardCharsets.UTF_8))).toList();
            if (!readings.isEmpty()) {
                ingesting.replayParked(readings);
                replayed += readings.size();
            }
        } while (payloads.size() == BATCH);
        if (replayed > 0) {
            log.info("{} parked readings replayed", replayed);
        }
        return replayed;
    }
}
