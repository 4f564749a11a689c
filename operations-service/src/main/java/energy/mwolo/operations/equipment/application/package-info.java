/** Use cases on equipment: registering, revising, browsing; maintenance recorded by interventions. */
package energy.mwolo.operations.equipment.application;
