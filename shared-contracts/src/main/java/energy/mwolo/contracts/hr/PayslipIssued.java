package energy.mwolo.contracts.hr;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An employee's payslip for {@code month} ({@code YYYY-MM}) is final and can be downloaded by the employee. Keyed by
 * the run, after its PayrollValidated. Carries no amount: pay is confidential to HR and the employee.
 */
@ContractPayload
public record PayslipIssued(
        UUID payslipId,
        UUID runId,
        UUID employeeId,
        String employeeNumber,
        String month,
        Instant occurredAt) {

    public static final EventContract<PayslipIssued> CONTRACT =
            new EventContract<>("hr", "payroll", "PayslipIssued", 1, PayslipIssued.class);

    public PayslipIssued {
        Objects.requireNonNull(payslipId, "payslipId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(employeeNumber, "employeeNumber");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
