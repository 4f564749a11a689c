/** Resource-server security: trusted issuers, claims to authorities, the CurrentUser of a request. */
package energy.mwolo.platform.security;
