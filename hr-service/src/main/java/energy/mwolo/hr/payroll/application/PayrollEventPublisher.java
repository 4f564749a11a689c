package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.payroll.model.PayrollRun;

/** Publishes the events a run's transitions recorded, in the caller's transaction. */
public interface PayrollEventPublisher {

    void publishRecordedEvents(PayrollRun run);
}
