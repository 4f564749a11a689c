/** Use cases ordering a meter's relay opened or closed, and following each order to its end. */
package energy.mwolo.operations.commands.application;
