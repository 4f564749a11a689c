/** The CRM step of the registration saga: a CLIENT account registered in identity gets a client. */
package energy.mwolo.crm.registration;
