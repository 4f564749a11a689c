/** Inbox: the (consumer, event id) record that makes event consumers idempotent. */
package energy.mwolo.platform.inbox;
