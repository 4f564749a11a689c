/** Business numbers of invoices and credit notes (and later payments): one gap-free counter per prefix and year. */
package energy.mwolo.billing.numbering;
