/** Typed system settings (company details, currency, VAT, payment terms, working hours), written by super admins. */
package energy.mwolo.identity.settings;
