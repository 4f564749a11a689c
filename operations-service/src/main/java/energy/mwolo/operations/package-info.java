/** The field side of the utility: equipment on customers' sites, smart meters and their contracts, interventions. */
package energy.mwolo.operations;
