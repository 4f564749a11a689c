/** Files attached to tickets: images and PDFs told by their bytes, within limits, read by whoever reads the ticket. */
package energy.mwolo.support.attachments;
