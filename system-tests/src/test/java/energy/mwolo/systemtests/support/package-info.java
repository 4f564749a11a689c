/** A customer's support ticket through the real gateway: opening with an attachment, staff's answers, mail. */
package energy.mwolo.systemtests.support;
