/**
 * Energy consumed per metered contract and month: from operations' ConsumptionRecorded events (a higher revision
 * replaces a figure), or entered by an accountant.
 */
package energy.mwolo.billing.consumption;
