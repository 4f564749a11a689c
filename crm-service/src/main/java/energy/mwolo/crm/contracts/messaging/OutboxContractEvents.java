package energy.mwolo.crm.contracts.messaging;

import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.ContractSuspended;
import energy.mwolo.contracts.crm.ContractTariffChanged;
import energy.mwolo.contracts.crm.ContractTerminated;
import energy.mwolo.crm.contracts.application.ContractEvents;
import energy.mwolo.crm.contracts.model.Contract;
import energy.mwolo.crm.contracts.model.TariffCode;
import energy.mwolo.crm.contracts.model.Terms;
import energy.mwolo.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Every contract event carries the full terms, so billing and operations need no call back to CRM. */
@Component
class OutboxContractEvents implements ContractEvents {

    private final Outbox outbox;

    OutboxContractEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void activated(Contract c, boolean siteProtected) {
        Terms t = c.terms();
        outbox.publish(ContractActivated.CONTRACT, c.id().toString(), new ContractActivated(c.id(), c.number(),
                c.clientId(), c.siteId(), siteProtected, t.type().code(), t.fixedFee(), t.pricePerKwh(),
                TariffCode.text(t.tariffCode()), t.currency().name(), t.billingDay(), t.startDate(), t.endDate(),
                c.status().code(), c.updatedAt()));
    }

    @Override
    public void suspended(Contract c, boolean siteProtected) {
        Terms t = c.terms();
        outbox.publish(ContractSuspended.CONTRACT, c.id().toString(), new ContractSuspended(c.id(), c.number(),
                c.clientId(), c.siteId(), siteProtected, t.type().code(), t.fixedFee(), t.pricePerKwh(),
                TariffCode.text(t.tariffCode()), t.currency().name(), t.billingDay(), t.startDate(), t.endDate(),
                c.status().code(), c.updatedAt()));
    }

    @Override
    public void terminated(Contract c, boolean siteProtected) {
        Terms t = c.terms();
        outbox.publish(ContractTerminated.CONTRACT, c.id().toString(), new ContractTerminated(c.id(), c.number(),
                c.clientId(), c.siteId(), siteProtected, t.type().code(), t.fixedFee(), t.pricePerKwh(),
                TariffCode.text(t.tariffCode()), t.currency().name(), t.billingDay(), t.startDate(), t.endDate(),
                c.status().code(), c.updatedAt()));
    }

    @Override
    public void tariffChanged(Contract c, boolean siteProtected) {
        Terms t = c.terms();
        outbox.publish(ContractTariffChanged.CONTRACT, c.id().toString(), new ContractTariffChanged(c.id(),
                c.number(), c.clientId(), c.siteId(), siteProtected, t.type().code(), t.fixedFee(), t.pricePerKwh(),
                TariffCode.text(t.tariffCode()), t.currency().name(), t.billingDay(), t.startDate(), t.endDate(),
                c.status().code(), c.updatedAt()));
    }
}
