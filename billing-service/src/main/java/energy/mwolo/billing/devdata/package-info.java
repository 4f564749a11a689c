/** The dev profile's billing: the dev customer's invoices and payment, made through the use cases. */
package energy.mwolo.billing.devdata;
