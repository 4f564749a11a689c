/** Who may pass: access tokens from trusted issuers (verified once, then cached), and the coarse rule table. */
package energy.mwolo.gateway.security;
