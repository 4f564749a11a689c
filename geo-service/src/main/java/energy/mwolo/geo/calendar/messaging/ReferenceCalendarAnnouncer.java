package energy.mwolo.geo.calendar.messaging;

import energy.mwolo.geo.agencies.application.AnnouncingAgencyCountries;
import energy.mwolo.geo.calendar.application.AnnouncingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At start, publishes once what a consumer of the calendar would otherwise miss: the countries of agencies opened
 * before agency events carried them, and the calendar data migrations load. It runs after the outbox relay has
 * created its replication slot (a row written before the slot exists would never reach Kafka, and a migration runs
 * too early for that) and before the web server takes requests, so consumers read the reference calendar before
 * any change made to it.
 */
@Component
class ReferenceCalendarAnnouncer implements SmartLifecycle {

    /** Between the outbox relay (Integer.MAX_VALUE - 2048) and the web server (Integer.MAX_VALUE - 1024). */
    static final int PHASE = Integer.MAX_VALUE - 1536;

    private static final Logger log = LoggerFactory.getLogger(ReferenceCalendarAnnouncer.class);

    private final AnnouncingAgencyCountries agencies;
    private final AnnouncingCalendar calendar;
    private volatile boolean running;

    ReferenceCalendarAnnouncer(AnnouncingAgencyCountries agencies, AnnouncingCalendar calendar) {
        this.agencies = agencies;
        this.calendar = calendar;
    }

    @Override
    public void start() {
        int agenciesAnnounced = agencies.announcePending();
        int calendarAnnounced = calendar.announcePending();
        if (agenciesAnnounced + calendarAnnounced > 0) {
            log.info("Published {} agencies with their country and {} calendar records loaded by migrations",
                    agenciesAnnounced, calendarAnnounced);
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
