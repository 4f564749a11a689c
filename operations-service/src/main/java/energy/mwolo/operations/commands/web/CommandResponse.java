package energy.mwolo.operations.commands.web;

import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.kernel.Codes;
import java.time.Instant;
import java.util.UUID;

/**
 * An order to cut or restore a meter's supply and how far it went, as staff see it: sent to the meter's remote
 * relay, or carried out by a technician ({@code intervention} set) when the meter has no remote relay or the command
 * failed.
 *
 * @param id            the command's id, the one sent to the meter each time
 * @param orderId       the order it carries out (the same order given twice is one command); for the disconnection
 *                      policy's orders, the {@code order_id} of the contract's decision
 * @param meter         the id of the meter it is for
 * @param meterNumber   that meter's number
 * @param action        {@code disconnect} (cut the supply) or {@code reconnect} (restore it)
 * @param reason        why: the staff member's text for an order given by hand, {@code overdue} or {@code settled}
 *                      for the disconnection policy's
 * @param state         {@code pending} (not sent yet), {@code sent} (waiting for the meter's acknowledgement, sent
 *                      again at intervals), {@code field_work} (handed to a technician), {@code executed},
 *                      {@code failed} or {@code cancelled} (overtaken by the opposite order before the meter
 *                      acknowledged it); a late acknowledgement still makes a failed or cancelled one executed
 * @param attempts      how many times it was sent to the meter so far
 * @param issuedAt      when it was ordered (ISO-8601 UTC)
 * @param expiresAt     when it gives up (ISO-8601 UTC): a command not acknowledged by then fails as {@code expired}
 * @param nextAttemptAt when it is sent (again) next (ISO-8601 UTC); null unless {@code pending} or {@code sent}
 * @param finishedAt    when it was executed (by the meter's clock), failed or was cancelled (ISO-8601 UTC); null
 *                      before
 * @param failure       why it failed: {@code refused} or {@code failed} (the meter's answer), {@code expired} (no
 *                      answer in time); null unless {@code failed}
 * @param intervention  the id of the field intervention that carries the order out, for {@code field_work} and
 *                      failed commands; null otherwise
 * @param orderedBy     the user id of the staff member who gave the order by hand; null for the disconnection
 *                      policy's orders
 */
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
