/** Use cases on leave, one transaction each: drafting and deciding requests, accruals, allocations, year closes. */
package energy.mwolo.hr.leave.application;
