package energy.mwolo.operations.commands.web;

/** @param reason why, kept with the command and in the contract's history (500 characters at most) */
record OrderRequest(String reason) {
}
