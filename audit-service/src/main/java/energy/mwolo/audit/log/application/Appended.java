package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.ChainHead;

/**
 * The outcome of appending a batch: entries written, redeliveries skipped, the new head, and how many of the
 * entries written claim a source that is not their topic's owner, or were cut to fit the log's limits.
 */
public record Appended(int appended, int duplicates, ChainHead head, int sourceMismatches, int truncated) {
}
