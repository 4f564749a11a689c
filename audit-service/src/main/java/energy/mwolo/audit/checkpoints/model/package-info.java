/** Plain Java checkpoints: the signed statement, the signing key, the policy of when one is due. */
package energy.mwolo.audit.checkpoints.model;
