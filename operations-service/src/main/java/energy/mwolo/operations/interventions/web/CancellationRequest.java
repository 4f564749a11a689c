package energy.mwolo.operations.interventions.web;

import jakarta.validation.constraints.Size;

/** @param reason why the visit will not take place, if said */
record CancellationRequest(@Size(max = 1000) String reason) {
}
