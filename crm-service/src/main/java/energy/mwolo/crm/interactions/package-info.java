/** Interactions with clients (calls, visits, emails, SMS, notes): a simple timeline, kept flat. */
package energy.mwolo.crm.interactions;
