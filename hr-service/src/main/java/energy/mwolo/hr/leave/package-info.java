/** Leave: types, the ledger balances are computed from, and requests on the agencies' working calendar. */
package energy.mwolo.hr.leave;
