package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.ChainHead;

/** The outcome of appending a batch: entries written, redeliveries skipped, and the new head. */
public record Appended(int appended, int duplicates, ChainHead head) {
}
