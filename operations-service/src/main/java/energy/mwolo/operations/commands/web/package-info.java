/** A meter's relay commands over HTTP: their history, and orders given by hand. */
package energy.mwolo.operations.commands.web;
