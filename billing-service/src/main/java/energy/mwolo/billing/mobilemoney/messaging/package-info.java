/** MobileMoneyPaymentStarted and MobileMoneyPaymentEnded to {@code billing.payment.events} through the outbox. */
package energy.mwolo.billing.mobilemoney.messaging;
