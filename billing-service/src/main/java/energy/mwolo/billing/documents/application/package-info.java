/**
 * What the rest of billing calls for a document: its PDF, rendered once and kept in the platform's file storage,
 * and the company details documents print, from settings.
 */
package energy.mwolo.billing.documents.application;
