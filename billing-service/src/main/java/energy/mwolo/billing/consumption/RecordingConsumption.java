package energy.mwolo.billing.consumption;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.contracts.operations.ConsumptionRecorded;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A month's consumption reaches billing two ways: operations publishes it (ConsumptionRecorded; a higher revision
 * replaces the figure), or an accountant enters it for a metered contract (while meters are read by hand). An
 * invoice already made keeps the figure it was computed with.
 */
@Service
public class RecordingConsumption {

    private static final Logger log = LoggerFactory.getLogger(RecordingConsumption.class);

    private final JdbcConsumptions consumptions;
    private final Customers customers;
    private final BusinessTime time;

    RecordingConsumption(JdbcConsumptions consumptions, Customers customers, BusinessTime time) {
        this.consumptions = consumptions;
        this.customers = customers;
        this.time = time;
    }

    @Transactional
    public Consumption enter(UUID contractId, String period, BigDecimal kwh, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        BillingPeriod month = BillingPeriod.parse(period, "period");
        if (kwh == null) {
            throw new InvalidField("kwh", "billing.validation.required");
        }
        if (kwh.signum() < 0 || kwh.stripTrailingZeros().scale() > Consumption.KWH_DECIMALS) {
            throw new InvalidField("kwh", "billing.consumption.kwh", Consumption.KWH_DECIMALS);
        }
        BilledContract contract = customers.contract(contractId)
                .orElseThrow(() -> new UnknownContract(contractId));
        if (!contract.isMetered()) {
            throw new NotMetered(contract.number());
        }
        Consumption consumption = new Consumption(contractId, month, kwh.setScale(Consumption.KWH_DECIMALS), false,
                "manual");
        consumptions.recordManual(consumption, user.actor(), time.now());
        return consumption;
    }

    /** Operations' figure of a month; a period spanning two months cannot be billed and is refused (dead letter). */
    @Transactional
    public void recorded(ConsumptionRecorded event) {
        YearMonth month = YearMonth.from(event.periodStart());
        if (!YearMonth.from(event.periodEnd()).equals(month)) {
            throw new PeriodAcrossMonths(event.contractId(), event.periodStart().toString(),
                    event.periodEnd().toString());
        }
        Consumption consumption = new Consumption(event.contractId(), new BillingPeriod(month), event.kwh(),
                event.estimated(), "operations");
        if (!consumptions.recordRevision(consumption, event.revision(), event.occurredAt())) {
            log.debug("Consumption of {} for {} revision {} is not above the one applied: ignored",
                    event.contractId(), month, event.revision());
        }
    }

    static final class UnknownContract extends DomainException {
        UnknownContract(UUID contract) {
            super(ErrorKind.UNPROCESSABLE, "billing.contract.unknown", "contract", contract);
        }
    }

    static final class NotMetered extends DomainException {
        NotMetered(String number) {
            super(ErrorKind.UNPROCESSABLE, "billing.consumption.not_metered", "contract", number);
        }
    }

    static final class PeriodAcrossMonths extends DomainException {
        PeriodAcrossMonths(UUID contract, String start, String end) {
            super(ErrorKind.UNPROCESSABLE, "billing.consumption.across_months", null, contract, start, end);
        }
    }
}
