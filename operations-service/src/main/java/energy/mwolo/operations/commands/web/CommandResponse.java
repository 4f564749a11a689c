package energy.mwolo.operations.commands.web;

import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.kernel.Codes;
import java.time.Instant;
import java.util.UUID;

/** A command as staff see it; {@code intervention} set when a technician carries the order out. */
record CommandResponse(UUID id, UUID orderId, UUID meter, String meterNumber, String action, String reason,
                       String state, int attempts, Instant issuedAt, Instant expiresAt, Instant nextAttemptAt,
                       Instant finishedAt, String failure, UUID intervention, UUID orderedBy) {

    static CommandResponse from(RelayCommand c) {
        return new CommandResponse(c.id().value(), c.orderId(), c.meter().value(), c.meterNumber().value(),
                Codes.of(c.action()), c.reason(), Codes.of(c.state()), c.attempts(), c.issuedAt(), c.expiresAt(),
                c.state().isOpen() ? c.nextAttemptAt() : null, c.finishedAt(), Codes.of(c.failure()),
                c.interventionId(), c.orderedBy());
    }
}
