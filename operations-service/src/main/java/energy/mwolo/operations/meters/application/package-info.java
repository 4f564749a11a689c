/** Use cases on meters: installing, linking to contracts, unlinking, swapping, browsing. */
package energy.mwolo.operations.meters.application;
