package energy.mwolo.operations.interventions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The end of an intervention in progress, with the technician's report. The day it ended (Africa/Kinshasa) becomes
 * the last maintenance of the equipment worked on, unless a later one is recorded.
 *
 * @param report      what was done and found, 4000 characters at most
 * @param completedAt when the work ended (ISO-8601 UTC), neither in the future nor before it started; now when absent
 */
record CompletionRequest(@NotBlank @Size(max = 4000) String report, Instant completedAt) {
}
