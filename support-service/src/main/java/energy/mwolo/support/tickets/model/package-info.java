/** The ticket aggregate and its rules, free of any framework. */
package energy.mwolo.support.tickets.model;
