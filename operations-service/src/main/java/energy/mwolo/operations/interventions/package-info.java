/**
 * Field interventions on customers' sites: planned for a day, assigned to a technician, carried out with a report;
 * their completion dates the equipment's last maintenance.
 */
package energy.mwolo.operations.interventions;
