/** Reconciling a provider's day, nightly or on demand, and keeping the report. */
package energy.mwolo.billing.mobilemoney.statements.application;
