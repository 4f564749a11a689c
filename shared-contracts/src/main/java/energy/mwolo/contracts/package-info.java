/** Event contracts between services: topics, CloudEvents headers, the JSON codec and the catalogue of event types. */
package energy.mwolo.contracts;
