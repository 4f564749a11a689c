/** Customer support: clients' tickets with messages, assignment to agents and SLA deadlines in working hours. */
package energy.mwolo.support;
