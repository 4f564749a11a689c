/** Signed checkpoints of the chain head, kept outside the database, that verification trusts. */
package energy.mwolo.audit.checkpoints;
