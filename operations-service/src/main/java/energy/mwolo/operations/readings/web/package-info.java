/** A meter's readings over HTTP. */
package energy.mwolo.operations.readings.web;
