package energy.mwolo.billing.dunning.application;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When passes run: on {@code mwolo.billing.dunning.cron} (every 15 minutes from 07:00 to 19:45, Kinshasa time, by
 * default: no reminder at night) and once shortly after start, which catches up after downtime.
 */
@Component
class DunningSchedules {

    private static final Logger log = LoggerFactory.getLogger(DunningSchedules.class);
    private static final Duration AFTER_START = Duration.ofSeconds(20);

    private final DunningPass pass;
    private final DunningSettings settings;
    private final TaskScheduler scheduler;

    DunningSchedules(DunningPass pass, DunningSettings settings, TaskScheduler scheduler) {
        this.pass = pass;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    @Scheduled(cron = "${mwolo.billing.dunning.cron:0 */15 7-19 * * *}", zone = "Africa/Kinshasa")
    void onSchedule() {
        runLogged();
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (settings.passAtStart()) {
            scheduler.schedule(this::runLogged, Instant.now().plus(AFTER_START));
        }
    }

    private void runLogged() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            log.error("Dunning pass failed; the next one carries on", e);
        }
    }
}
