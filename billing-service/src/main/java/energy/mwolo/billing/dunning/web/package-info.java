/** Dunning's HTTP API: the schedule, passes on demand, an invoice's reminders. */
package energy.mwolo.billing.dunning.web;
