/** A post's publication rules, in plain Java: draft, scheduled, published, and the moves between them. */
package energy.mwolo.cms.posts.model;
