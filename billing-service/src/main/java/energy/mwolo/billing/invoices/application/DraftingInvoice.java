package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.consumption.Consumption;
import energy.mwolo.billing.consumption.Consumptions;
import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.invoices.model.AlreadyInvoiced;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An accountant drafts one contract's month by hand (outside a run): the system computes its lines as a run would.
 * The month must be billable for the contract, a metered one needs its consumption, and a month is billed once.
 */
@Service
public class DraftingInvoice {

    private final Customers customers;
    private final Consumptions consumptions;
    private final PricingContracts pricing;
    private final Invoices invoices;
    private final BusinessTime time;

    DraftingInvoice(Customers customers, Consumptions consumptions, PricingContracts pricing, Invoices invoices,
                    BusinessTime time) {
        this.customers = customers;
        this.consumptions = consumptions;
        this.pricing = pricing;
        this.invoices = invoices;
        this.time = time;
    }

    @Transactional
    public Invoice draft(UUID contractId, String period, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        BillingPeriod month = BillingPeriod.parse(period, "period");
        BilledContract contract = customers.contract(contractId).orElseThrow(() -> new UnknownContract(contractId));
        if (!contract.billableIn(month)) {
            throw new NotBillable(contract.number(), month);
        }
        if (!invoices.invoicedAmong(Set.of(contractId), month).isEmpty()) {
            throw new AlreadyInvoiced(contract.number(), month);
        }
        Usage usage = null;
        if (contract.isMetered()) {
            Consumption consumption = consumptions.of(contractId, month)
                    .orElseThrow(() -> new ConsumptionMissing(contract.number(), month));
            usage = new Usage(consumption.kwh(), consumption.estimated());
        }
        Invoice invoice = pricing.on(time.today()).draft(contract, month, usage, null, time.now());
        invoices.add(invoice);
        return invoice;
    }

    static final class UnknownContract extends DomainException {
        UnknownContract(UUID contract) {
            super(ErrorKind.UNPROCESSABLE, "billing.contract.unknown", "contract", contract);
        }
    }

    static final class NotBillable extends DomainException {
        NotBillable(String contract, BillingPeriod period) {
            super(ErrorKind.CONFLICT, "billing.contract.not_billable", "period", contract, period.toString());
        }
    }

    /** A metered contract's month without consumption: billed once operations (or an accountant) gives it. */
    public static final class ConsumptionMissing extends DomainException {
        public ConsumptionMissing(String contract, BillingPeriod period) {
            super(ErrorKind.CONFLICT, "billing.consumption.missing", null, contract, period.toString());
        }
    }
}
