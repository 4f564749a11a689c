/** HTTP API of checkpoints: the list and the public key that verifies them. */
package energy.mwolo.audit.checkpoints.web;
