/** The documents' PDFs over HTTP: downloads with a file name and an ETag. */
package energy.mwolo.billing.documents.web;
