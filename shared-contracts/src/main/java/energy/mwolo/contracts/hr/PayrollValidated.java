package energy.mwolo.contracts.hr;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A payroll run was validated: its payslips are final. {@code month} is {@code YYYY-MM}; {@code agencyId} is null (left out) for
 * the whole company's run. The totals are in CDF (dollar pay converted at {@code exchangeRate}, francs for one
 * dollar on {@code runDate}); {@code employerCharges} are CNSS employer, INPP and ONEM. No one's pay is in it.
 */
@ContractPayload
public record PayrollValidated(
        UUID runId,
        String month,
        UUID agencyId,
        LocalDate runDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exchangeRate,
        int payslipCount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalGrossCdf,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCnssEmployeeCdf,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalIprCdf,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalNetCdf,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalEmployerChargesCdf,
        UUID validatedBy,
        Instant occurredAt) {

    public static final EventContract<PayrollValidated> CONTRACT =
            new EventContract<>("hr", "payroll", "PayrollValidated", 1, PayrollValidated.class);

    public PayrollValidated {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(exchangeRate, "exchangeRate");
        Objects.requireNonNull(totalGrossCdf, "totalGrossCdf");
        Objects.requireNonNull(totalCnssEmployeeCdf, "totalCnssEmployeeCdf");
        Objects.requireNonNull(totalIprCdf, "totalIprCdf");
        Objects.requireNonNull(totalNetCdf, "totalNetCdf");
        Objects.requireNonNull(totalEmployerChargesCdf, "totalEmployerChargesCdf");
        Objects.requireNonNull(validatedBy, "validatedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
