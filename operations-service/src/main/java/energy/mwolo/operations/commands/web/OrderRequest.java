package energy.mwolo.operations.commands.web;

/**
 * An order given by hand to cut or restore a meter's supply. It cancels an opposite order the meter has not yet
 * acknowledged; for a meter without a remote relay it becomes a field intervention.
 *
 * @param reason why, required, 500 characters at most; kept as the command's {@code reason} and announced with the
 *               order
 */
record OrderRequest(String reason) {
}
