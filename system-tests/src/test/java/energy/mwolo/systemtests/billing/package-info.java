/** A customer's month across crm and billing, end to end: invoiced, reminded, paid, and the invoice downloaded. */
package energy.mwolo.systemtests.billing;
