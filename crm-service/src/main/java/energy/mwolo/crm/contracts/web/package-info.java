/** The contracts HTTP API. */
package energy.mwolo.crm.contracts.web;
