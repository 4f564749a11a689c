package energy.mwolo.operations.interventions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * @param report      what was done and found
 * @param completedAt when the work ended; now when absent
 */
record CompletionRequest(@NotBlank @Size(max = 4000) String report, Instant completedAt) {
}
