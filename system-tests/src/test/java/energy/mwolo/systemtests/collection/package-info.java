/** The collection loop end to end: overdue accounts cut safely, payments reconnecting within seconds. */
package energy.mwolo.systemtests.collection;
