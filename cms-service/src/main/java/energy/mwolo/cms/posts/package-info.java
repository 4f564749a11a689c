/** The blog: posts in French and English, published at once or at a scheduled time. */
package energy.mwolo.cms.posts;
