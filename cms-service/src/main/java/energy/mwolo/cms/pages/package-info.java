/** The website's pages: French and English texts, cleaned rich content, drafts until published. */
package energy.mwolo.cms.pages;
