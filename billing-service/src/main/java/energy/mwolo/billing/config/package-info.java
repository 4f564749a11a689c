/** Wiring shared by the features: the company's clock. */
package energy.mwolo.billing.config;
