/** Who may read and change billing records: staff permissions and customers' ownership of their own invoices. */
package energy.mwolo.billing.access;
