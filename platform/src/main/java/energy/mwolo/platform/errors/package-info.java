/** Domain exceptions with stable codes, free of framework types so domain models can throw them. */
package energy.mwolo.platform.errors;
