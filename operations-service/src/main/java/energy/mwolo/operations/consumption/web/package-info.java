/** A contract's consumption for a period over HTTP. */
package energy.mwolo.operations.consumption.web;
