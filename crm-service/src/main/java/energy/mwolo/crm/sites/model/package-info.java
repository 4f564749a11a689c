/** Service points: usage, position, protected flag; plain Java. */
package energy.mwolo.crm.sites.model;
