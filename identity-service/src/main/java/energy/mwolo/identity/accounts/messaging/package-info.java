/** Account events to the outbox (topic {@code identity.user.events}), mapped to their shared contracts. */
package energy.mwolo.identity.accounts.messaging;
