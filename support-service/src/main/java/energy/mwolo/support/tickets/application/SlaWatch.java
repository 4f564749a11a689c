package energy.mwolo.support.tickets.application;

import energy.mwolo.support.tickets.model.TicketId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduler of {@link WatchingDeadlines}: every {@code mwolo.support.sla.check-interval}, each ticket due soon in
 * its own transaction, so that one failing ticket does not hold the others back. With several replicas, each ticket
 * is locked while checked and remembers what it told, so a warning or breach is published once.
 */
@Component
class SlaWatch {

    private static final Logger LOG = LoggerFactory.getLogger(SlaWatch.class);
    private static final int BATCH = 500;

    private final WatchingDeadlines watching;

    SlaWatch(WatchingDeadlines watching) {
        this.watching = watching;
    }

    @Scheduled(fixedDelayString = "${mwolo.support.sla.check-interval:60s}",
            initialDelayString = "${mwolo.support.sla.check-interval:60s}")
    void checkDeadlines() {
        for (TicketId id : watching.dueSoon(BATCH)) {
            try {
                watching.check(id);
            } catch (RuntimeException e) {
                LOG.warn("SLA check of ticket {} failed; it is checked again next time", id, e);
            }
        }
    }
}
