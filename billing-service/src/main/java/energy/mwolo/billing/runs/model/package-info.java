/** A billing run, its progress counters and status, and the contracts it could not bill (failed or waiting). */
package energy.mwolo.billing.runs.model;
