/** The newsletter: double opt-in by a mailed link, one-click unsubscribe, the subscriber list for staff. */
package energy.mwolo.cms.newsletter;
