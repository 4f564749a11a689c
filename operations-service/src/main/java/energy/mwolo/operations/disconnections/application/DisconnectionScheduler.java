package energy.mwolo.operations.disconnections.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-examines waiting cuts whose time has come, batch by batch; several replicas share the work (each batch skips
 * the cases another replica has locked). A crash mid-batch rolls it back: the cases stay due for the next pass.
 */
@Component
public class DisconnectionScheduler {

    private final DecidingDisconnections deciding;
    private final int batch;

    DisconnectionScheduler(DecidingDisconnections deciding,
                           @Value("${mwolo.operations.disconnections.batch:100}") int batch) {
        this.deciding = deciding;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${mwolo.operations.disconnections.pass-interval:PT1M}",
            initialDelayString = "${mwolo.operations.disconnections.pass-interval:PT1M}")
    void scheduledPass() {
        runPass();
    }

    /** Runs passes until no waiting cut is due; answers how many cases were looked at. */
    public int runPass() {
        int total = 0;
        int seen;
        do {
            seen = deciding.reexamineDue(batch);
            total += seen;
        } while (seen == batch);
        return total;
    }
}
