/** Frequently asked questions: bilingual, grouped by category, ordered, hidden until published. */
package energy.mwolo.cms.faqs;
