package energy.mwolo.operations.commands.application;

import java.time.Instant;

/** The messages of {@code iot.meter-events} handled, by message id. */
public interface MeterEventLog {

    /** Records the message; false when it was handled before (a resend, a redelivered poll). */
    boolean firstTime(DeviceEvent event, Instant receivedAt);

    void outcome(DeviceEvent event, String outcome);
}
