/** Use cases of the log: appending a batch, browsing, exporting and verifying. */
package energy.mwolo.audit.log.application;
