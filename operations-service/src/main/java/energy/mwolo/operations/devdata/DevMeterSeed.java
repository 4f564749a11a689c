package energy.mwolo.operations.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.operations.readings.messaging.ParkedReadingsReplay;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Installs the devstack's simulated meters on the dev customer's sites, so a person sees their readings and the
 * consumption of the contracts they measure. What it needs comes in its own time (crm's sites and contracts by
 * events, the meter's readings from the fleet), so it tries every {@code retry-every} until every meter is
 * linked, then stops trying. Each meter's steps are skipped once done: a restart installs nothing twice. Readings
 * parked while a meter was unknown are replayed by {@code ParkedReadingsReplay} once it is installed. Never active
 * in another profile.
 */
@Component
@Profile("dev")
@EnableConfigurationProperties(DevDataProperties.class)
class DevMeterSeed {

    private static final Logger log = LoggerFactory.getLogger(DevMeterSeed.class);

    private final DevMeterInstallation installation;
    private final ParkedReadingsReplay parked;
    private final DevMeterLinking linking;
    private final DevDataProperties properties;
    private volatile boolean done;

    DevMeterSeed(DevMeterInstallation installation, ParkedReadingsReplay parked, DevMeterLinking linking,
                 DevDataProperties properties) {
        this.installation = installation;
        this.parked = parked;
        this.linking = linking;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${mwolo.dev-data.retry-every:10s}",
            fixedDelayString = "${mwolo.dev-data.retry-every:10s}")
    void seedUntilDone() {
        if (done || properties.meters() == 0) {
            return;
        }
        List<String> numbers = IntStream.rangeClosed(1, properties.meters()).mapToObj(DevCustomer::meterNumber)
                .toList();
        numbers.forEach(number -> attempt(number, installation::install));
        // The readings a meter sent before it was known are stored before its link opens at the earliest one.
        parked.replay();
        long linked = numbers.stream().filter(number -> attempt(number, linking::link)).count();
        if (linked == numbers.size()) {
            done = true;
            log.info("Dev meters: {} simulated meters installed and linked", linked);
        }
    }

    /** A failure of one meter (its site still unknown, say) is retried at the next round with the others. */
    private static boolean attempt(String number, Predicate<String> step) {
        try {
            return step.test(number);
        } catch (RuntimeException e) {
            log.debug("Dev meter {} not seeded yet: {}", number, e.toString());
            return false;
        }
    }
}
