/** HTTP API of the log: list, show, CSV export and verification, all behind {@code audit:read}. */
package energy.mwolo.audit.log.web;
