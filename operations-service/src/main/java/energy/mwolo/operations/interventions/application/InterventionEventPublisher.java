package energy.mwolo.operations.interventions.application;

import energy.mwolo.operations.interventions.model.Intervention;

/** Publishes the events an intervention recorded, in the caller's transaction, so they leave only if it commits. */
public interface InterventionEventPublisher {

    void publishRecordedEvents(Intervention intervention);
}
