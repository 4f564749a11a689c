/** Registration use cases: signing up, confirming an address with its mailed link, asking for a new link. */
package energy.mwolo.identity.registration.application;
