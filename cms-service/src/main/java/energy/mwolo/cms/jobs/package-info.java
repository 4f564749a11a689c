/** Job offers on the website and the applications sent to them, CV included, for HR. */
package energy.mwolo.cms.jobs;
