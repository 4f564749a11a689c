/** Refresh-token families, single-use password tokens and attempt limits: the rules of sessions and credentials. */
package energy.mwolo.identity.authentication.model;
