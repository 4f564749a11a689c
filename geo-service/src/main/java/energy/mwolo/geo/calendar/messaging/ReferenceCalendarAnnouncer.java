package energy.mwolo.geo.calendar.messaging;

import energy.mwolo.geo.calendar.application.AnnouncingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At start, publishes the calendar data that migrations loaded without events. It runs after the outbox relay has
 * created its replication slot (a row written before the slot exists would never reach Kafka; a migration runs
 * too early for that) and before the web server takes requests, so consumers read the reference calendar before
 * any change made to it.
 */
@Component
class ReferenceCalendarAnnouncer implements SmartLifecycle {

    /** Between the outbox relay (Integer.MAX_VALUE - 2048) and the web server (Integer.MAX_VALUE - 1024). */
    static final int PHASE = Integer.MAX_VALUE - 1536;

    private static final Logger log = LoggerFactory.getLogger(ReferenceCalendarAnnouncer.class);

    private final AnnouncingCalendar announcing;
    private volatile boolean running;

    ReferenceCalendarAnnouncer(AnnouncingCalendar announcing) {
        this.announcing = announcing;
    }

    @Override
    public void start() {
        int announced = announcing.announcePending();
        if (announced > 0) {
            log.info("Published {} calendar record(s) loaded by migrations", announced);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
