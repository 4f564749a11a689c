/** Customer relationship management: clients, their service points (sites), contracts and interactions. */
package energy.mwolo.crm;
