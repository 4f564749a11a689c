/** Dunning's ways out: AccountOverdue and AccountSettled through the outbox, reminders by mail and SMS. */
package energy.mwolo.billing.dunning.messaging;
