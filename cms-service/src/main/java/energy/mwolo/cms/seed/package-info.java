/** Demo content for the dev profile: a home page, services and FAQs in French and English. */
package energy.mwolo.cms.seed;
