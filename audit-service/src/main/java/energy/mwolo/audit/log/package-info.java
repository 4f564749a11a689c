/** The log: events consumed from every {@code *.events} topic, chained by hashes, browsed, exported and verified. */
package energy.mwolo.audit.log;
