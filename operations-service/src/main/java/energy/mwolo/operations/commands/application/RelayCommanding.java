package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.commands.model.CommandAction;
import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.commands.model.RelayCommands;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterNotFound;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out orders to meters' relays. The meter is locked first, so two orders for one meter are taken one after
 * the other; the order id's unique constraint makes a repeated order a no-op. The command is stored as pending in
 * the caller's transaction and sent by {@link DispatchingCommands} after commit: nothing reaches a meter for an
 * order that was rolled back, and a crash before sending leaves a pending row that is sent on restart. An order
 * opposite to one not yet acknowledged cancels it, and is itself sent: the relay ends where the last order says,
 * since one meter's commands share a partition and arrive in order.
 */
@Service
public class RelayCommanding implements RelayOrders {

    static final int REASON_MAX_LENGTH = 500;

    private final Meters meters;
    private final RelayCommands commands;
    private final RelayEvents events;
    private final FieldWork fieldWork;
    private final CommandSettings settings;

    RelayCommanding(Meters meters, RelayCommands commands, RelayEvents events, FieldWork fieldWork,
                    CommandSettings settings) {
        this.meters = meters;
        this.commands = commands;
        this.events = events;
        this.fieldWork = fieldWork;
        this.settings = settings;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void disconnect(MeterId meter, UUID orderId, String reason) {
        order(meter, orderId, reason, CommandAction.DISCONNECT);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void reconnect(MeterId meter, UUID orderId, String reason) {
        order(meter, orderId, reason, CommandAction.RECONNECT);
    }

    /** An order given by hand by staff holding {@code operations:update}, recorded with them. */
    @Transactional
    public RelayCommand orderByHand(MeterId meterId, CommandAction action, String reason, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        if (reason == null || reason.isBlank()) {
            throw InvalidField.required("reason");
        }
        if (reason.strip().length() > REASON_MAX_LENGTH) {
            throw InvalidField.tooLong("reason", REASON_MAX_LENGTH);
        }
        return order(meterId, UUID.randomUUID(), reason.strip(), action, user.userId());
    }

    private RelayCommand order(MeterId meterId, UUID orderId, String reason, CommandAction action) {
        return order(meterId, orderId, reason, action, null);
    }

    private RelayCommand order(MeterId meterId, UUID orderId, String reason, CommandAction action, UUID by) {
        Objects.requireNonNull(orderId, "orderId");
        Meter meter = meters.byId(meterId).orElseThrow(() -> new MeterNotFound(meterId.value()));
        var given = commands.byOrder(orderId);
        if (given.isPresent()) {
            return given.get();
        }
        Instant now = Instant.now();
        for (RelayCommand open : commands.openFor(meterId)) {
            if (open.action() != action) {
                open.cancel(now);
                commands.update(open);
            }
        }
        RelayCommand command;
        if (meter.hasRemoteRelay()) {
            if (action == CommandAction.DISCONNECT) {
                meter.requestDisconnect(now);
            } else {
                meter.requestReconnect(now);
            }
            meters.update(meter);
            command = RelayCommand.issue(orderId, meterId, meter.number(), action, reason, now, settings.timing());
        } else {
            command = RelayCommand.fieldWork(orderId, meterId, meter.number(), action, reason, now,
                    fieldWork.plan(meter, action, reason, now), settings.timing());
        }
        command.orderedBy(by);
        if (!commands.add(command)) {
            // The same order stored meanwhile by another transaction: it needs the meter's lock we hold, so this
            // happens only if that one committed first, and its command is the answer.
            return commands.byOrder(orderId).orElseThrow();
        }
        events.requested(meter, command);
        return command;
    }
}
