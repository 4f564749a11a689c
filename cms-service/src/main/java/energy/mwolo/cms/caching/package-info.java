/** Public answers carry an ETag and Cache-Control, and a revalidation of unchanged content is a 304 without a body. */
package energy.mwolo.cms.caching;
