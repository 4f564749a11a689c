package energy.mwolo.operations.meters.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.customers.Customers;
import energy.mwolo.operations.customers.SupplyContract;
import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.meters.model.ContractAlreadyMetered;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterNotFound;
import energy.mwolo.operations.meters.model.MeterSwap;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.operations.meters.model.RegisterValue;
import energy.mwolo.operations.meters.model.ServedContract;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which meter measures which contract: a link opened at a register value, closed at another, or both at once in a
 * swap. A contract has one meter at a time: the check here answers the usual case, and the unique index on open
 * links decides between two requests linking one contract at the same moment (the second gets the same 409).
 */
@Service
public class LinkingMeters {

    private final Meters meters;
    private final Customers customers;
    private final MeterEventPublisher events;

    LinkingMeters(Meters meters, Customers customers, MeterEventPublisher events) {
        this.meters = meters;
        this.customers = customers;
        this.events = events;
    }

    /** @param at when the register was read; now when absent */
    @Transactional
    public void link(MeterId id, UUID contractId, BigDecimal registerKwh, Instant at, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        RegisterValue opening = RegisterValue.of(registerKwh, "register_kwh");
        Meter meter = meter(id);
        ServedContract contract = openContract(contractId);
        if (meters.measuring(contract.id()).isPresent()) {
            throw new ContractAlreadyMetered(contract.id());
        }
        Instant now = Instant.now();
        meter.link(contract, opening, at == null ? now : at, now);
        meters.update(meter);
        events.publishRecordedEvents(meter);
    }

    @Transactional
    public void unlink(MeterId id, BigDecimal registerKwh, Instant at, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        RegisterValue closing = RegisterValue.of(registerKwh, "register_kwh");
        Meter meter = meter(id);
        Instant now = Instant.now();
        meter.unlink(closing, at == null ? now : at, now);
        meters.update(meter);
        events.publishRecordedEvents(meter);
    }

    /**
     * Closes {@code oldId}'s link at {@code closingKwh} and gives its contract to {@code replacementId} from
     * {@code openingKwh}, at the same instant. Both meters are locked in id order, so two swaps over the same
     * meters cannot deadlock.
     */
    @Transactional
    public void swap(MeterId oldId, MeterId replacementId, BigDecimal closingKwh, BigDecimal openingKwh, Instant at,
                     CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        RegisterValue closing = RegisterValue.of(closingKwh, "register_kwh");
        RegisterValue opening = RegisterValue.of(openingKwh, "replacement_register_kwh");
        if (replacementId == null) {
            throw InvalidField.required("replacement");
        }
        Meter old;
        Meter replacement;
        if (oldId.value().compareTo(replacementId.value()) <= 0) {
            old = meter(oldId);
            replacement = replacement(replacementId);
        } else {
            replacement = replacement(replacementId);
            old = meter(oldId);
        }
        old.currentLink().ifPresent(link -> openContract(link.contract().value()));
        Instant now = Instant.now();
        MeterSwap.swap(old, replacement, closing, opening, at == null ? now : at, now);
        // The old link closes before the new one opens: the index allows one open link per contract.
        meters.update(old);
        meters.update(replacement);
        events.publishRecordedEvents(old);
        events.publishRecordedEvents(replacement);
    }

    private Meter meter(MeterId id) {
        return meters.byId(id).orElseThrow(() -> new MeterNotFound(id.value()));
    }

    private Meter replacement(MeterId id) {
        return meters.byId(id)
                .orElseThrow(() -> new InvalidField("replacement", "meters.swap.replacement_unknown", id.value()));
    }

    /** A contract crm announced and has not terminated, with the site it supplies. */
    private ServedContract openContract(UUID contractId) {
        if (contractId == null) {
            throw InvalidField.required("contract");
        }
        SupplyContract contract = customers.contract(new ContractId(contractId))
                .orElseThrow(() -> new InvalidField("contract", "meters.contract.unknown", contractId));
        if (contract.terminated()) {
            throw new ContractTerminated(contract.number());
        }
        return new ServedContract(new ContractId(contract.id()), new SiteId(contract.site()));
    }

    static final class ContractTerminated extends DomainException {
        ContractTerminated(String number) {
            super(ErrorKind.CONFLICT, "meters.contract.terminated", "contract", number);
        }
    }
}
