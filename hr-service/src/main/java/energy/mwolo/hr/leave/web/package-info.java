/** Leave's HTTP API: requests under {@code /api/hr/leave-requests/}, types, balances and HR's credits. */
package energy.mwolo.hr.leave.web;
