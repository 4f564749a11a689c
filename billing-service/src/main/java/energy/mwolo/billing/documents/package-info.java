/** Invoice, credit-note and receipt PDFs in French: what they show, how they are drawn, where they are kept. */
package energy.mwolo.billing.documents;
