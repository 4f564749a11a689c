/**
 * What operations knows of crm's customers, kept from crm's events: clients' agencies, service points (sites) and
 * supply contracts. Equipment must stand on a known site; a meter serves a known contract of its site.
 */
package energy.mwolo.operations.customers;
