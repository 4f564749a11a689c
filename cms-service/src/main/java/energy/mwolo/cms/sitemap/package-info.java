/** The website's sitemap: every published page and post, in each language it has, for search engines. */
package energy.mwolo.cms.sitemap;
