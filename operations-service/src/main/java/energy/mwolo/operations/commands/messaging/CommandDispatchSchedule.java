package energy.mwolo.operations.commands.messaging;

import energy.mwolo.operations.commands.application.DispatchingCommands;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends due commands every {@code mwolo.operations.commands.dispatch-interval}, batch after batch while any was sent. */
@Component
class CommandDispatchSchedule {

    private final DispatchingCommands dispatching;

    CommandDispatchSchedule(DispatchingCommands dispatching) {
        this.dispatching = dispatching;
    }

    @Scheduled(fixedDelayString = "${mwolo.operations.commands.dispatch-interval:PT1S}")
    void dispatch() {
        int sent;
        do {
            sent = dispatching.dispatch();
        } while (sent > 0);
    }
}
