/** Plain Java rules of the chain: canonical bytes, hashing, linking and the walk that verifies it. */
package energy.mwolo.audit.log.model;
