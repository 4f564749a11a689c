/** Testimonials: sent by visitors as pending, public once staff approve them. */
package energy.mwolo.cms.testimonials;
