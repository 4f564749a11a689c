/** The services the company offers, as the website lists them: ordered, bilingual, hidden when inactive. */
package energy.mwolo.cms.offerings;
