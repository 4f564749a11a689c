/** Who may read drafts and change content: holders of the cms permissions; everyone reads what is published. */
package energy.mwolo.cms.access;
