/** The SLA report: tickets opened in a period and how their deadlines held, per agent and per agency. */
package energy.mwolo.support.reports;
