/** PaymentReceived and PaymentFailed to {@code billing.payment.events} through the outbox. */
package energy.mwolo.billing.payments.messaging;
