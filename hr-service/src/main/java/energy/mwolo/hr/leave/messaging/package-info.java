/** Leave decisions to the outbox, as shared-contracts' records. */
package energy.mwolo.hr.leave.messaging;
