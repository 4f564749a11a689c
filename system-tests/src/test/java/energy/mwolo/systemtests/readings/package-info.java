/** Reading ingestion under faults: operations killed, the broker restarted, the database away, with meters publishing. */
package energy.mwolo.systemtests.readings;
