package energy.mwolo.operations.interventions.web;

import jakarta.validation.constraints.Size;

/**
 * The calling off of a planned or started intervention; the body may be left out.
 *
 * @param reason why the visit will not take place, if said: free text of 1000 characters at most
 */
record CancellationRequest(@Size(max = 1000) String reason) {
}
