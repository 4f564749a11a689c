/** SQL helpers shared by the CRM's repositories: filters and ordering from list requests. */
package energy.mwolo.crm.persistence;
