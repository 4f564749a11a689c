/** The companies the website names as partners, with their sites and logos, in order. */
package energy.mwolo.cms.partners;
