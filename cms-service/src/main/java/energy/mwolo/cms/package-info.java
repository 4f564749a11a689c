/** The public website's content, managed by staff and read by everyone; the website's forms. */
package energy.mwolo.cms;
