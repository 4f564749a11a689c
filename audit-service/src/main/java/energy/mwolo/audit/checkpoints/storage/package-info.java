/** Checkpoints and the signing key in the platform's file storage, outside the database. */
package energy.mwolo.audit.checkpoints.storage;
