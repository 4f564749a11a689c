/** Who may read and change CRM records: staff permissions and customers' ownership of their own records. */
package energy.mwolo.crm.access;
