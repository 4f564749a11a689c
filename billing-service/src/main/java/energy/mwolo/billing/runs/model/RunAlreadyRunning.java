package energy.mwolo.billing.runs.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** A run of the month is in progress: a second one would only wait for the same contracts. 409, naming it. */
public class RunAlreadyRunning extends DomainException {

    private final UUID running;

    public RunAlreadyRunning(String period, UUID running) {
        super(ErrorKind.CONFLICT, "billing.run.already_running", "period", period, running);
        this.running = running;
    }

    public UUID running() {
        return running;
    }
}
