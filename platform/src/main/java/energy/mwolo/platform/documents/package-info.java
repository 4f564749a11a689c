/** What services drawing PDFs share: the embedded DejaVu fonts, parsed once and leased per document. */
package energy.mwolo.platform.documents;
