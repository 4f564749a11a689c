/** The HTTP API of tickets under {@code /api/support/tickets/}. */
package energy.mwolo.support.tickets.web;
