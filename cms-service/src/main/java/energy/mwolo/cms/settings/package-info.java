/** The website's settings: company name, contacts, hero texts, social links. */
package energy.mwolo.cms.settings;
