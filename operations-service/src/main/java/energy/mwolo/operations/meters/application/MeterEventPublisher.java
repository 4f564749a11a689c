package energy.mwolo.operations.meters.application;

import energy.mwolo.operations.meters.model.Meter;

/** Publishes the events a meter recorded, in the caller's transaction, so they leave only if it commits. */
public interface MeterEventPublisher {

    void publishRecordedEvents(Meter meter);
}
