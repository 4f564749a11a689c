package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.Agency;

/** Publishes the events an agency recorded, in the caller's transaction, so they leave only if it commits. */
public interface AgencyEventPublisher {

    void publishRecordedEvents(Agency agency);

    /** Publishes the agency's current state as AgencyUpdated, for agencies whose events lack part of it. */
    void announceState(Agency agency);
}
