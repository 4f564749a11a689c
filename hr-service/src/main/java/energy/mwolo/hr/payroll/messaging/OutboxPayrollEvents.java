package energy.mwolo.hr.payroll.messaging;

import energy.mwolo.contracts.hr.PayrollValidated;
import energy.mwolo.contracts.hr.PayslipIssued;
import energy.mwolo.hr.payroll.application.PayrollEventPublisher;
import energy.mwolo.hr.payroll.model.PayrollEvent;
import energy.mwolo.hr.payroll.model.PayrollRun;
import energy.mwolo.hr.payroll.model.RunTotals;
import energy.mwolo.platform.outbox.Outbox;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Kafka key is the run id: a run's PayrollValidated comes before its payslips' PayslipIssued. A validation of
 * thousands of payslips records its events in one batch.
 */
@Component
class OutboxPayrollEvents implements PayrollEventPublisher {

    private final Outbox outbox;

    OutboxPayrollEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publishRecordedEvents(PayrollRun run) {
        String key = run.id().toString();
        String month = run.month().toString();
        for (PayrollEvent event : run.pullEvents()) {
            if (event instanceof PayrollEvent.Validated validated) {
                RunTotals totals = run.totals();
                outbox.publish(PayrollValidated.CONTRACT, key, new PayrollValidated(run.id().value(), month,
                        run.scope().agency(), run.runDate(), run.rate().cdfPerUsd(), totals.payslips(),
                        totals.grossCdf(), totals.cnssEmployee(), totals.ipr(), totals.netCdf(),
                        totals.cnssEmployer().add(totals.inpp()).add(totals.onem()), validated.by(),
                        validated.at()));
                List<Outbox.Keyed<PayslipIssued>> issued = run.payslips().stream()
                        .map(payslip -> new Outbox.Keyed<>(key, new PayslipIssued(payslip.id().value(),
                                run.id().value(), payslip.employee().value(), payslip.earner().number(), month,
                                validated.at())))
                        .toList();
                outbox.publishAll(PayslipIssued.CONTRACT, issued);
            }
        }
    }
}
