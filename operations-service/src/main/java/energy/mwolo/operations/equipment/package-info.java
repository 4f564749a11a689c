/** Equipment on customers' sites: meters, transformers, breakers and the rest, with status and maintenance dates. */
package energy.mwolo.operations.equipment;
