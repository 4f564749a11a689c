package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.Agency;

/** Publishes the events an agency recorded, in the caller's transaction, so they leave only if it commits. */
public interface AgencyEventPublisher {

    void publishRecordedEvents(Agency agency);
}
