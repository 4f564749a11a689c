/** What every content feature shares: languages, slugs, rich text cleaning, uploads told by their bytes, errors. */
package energy.mwolo.cms.kernel;
