package energy.mwolo.hr.payroll.model;

import java.time.Instant;
import java.util.UUID;

/** What a run's transitions record, for the outbox. */
public sealed interface PayrollEvent {

    /** The run became immutable: its payslips are issued. */
    record Validated(UUID by, Instant at) implements PayrollEvent {
    }
}
