/** Customer tickets: opening, messages and internal notes, the status workflow, assignment and SLA deadlines. */
package energy.mwolo.support.tickets;
