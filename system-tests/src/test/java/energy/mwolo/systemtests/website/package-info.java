/** The public website through the gateway: content read without a token, forms that reach the back office. */
package energy.mwolo.systemtests.website;
