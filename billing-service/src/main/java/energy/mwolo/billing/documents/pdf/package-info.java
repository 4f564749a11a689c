/**
 * Documents drawn as A4 PDFs with Apache PDFBox: the embedded DejaVu Sans font, pages that continue a table with
 * its header repeated, QR codes drawn as vector squares.
 */
package energy.mwolo.billing.documents.pdf;
