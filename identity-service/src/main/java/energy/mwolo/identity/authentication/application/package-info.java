/** Authentication use cases: logging in and out, signing up, refreshing, changing and resetting a password. */
package energy.mwolo.identity.authentication.application;
