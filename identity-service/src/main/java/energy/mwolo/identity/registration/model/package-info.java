/** Confirmation links (known by their hashes), what makes one unusable, and registration attempts on known addresses. */
package energy.mwolo.identity.registration.model;
