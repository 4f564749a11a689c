/**
 * Integration events published by hr-service: employees on {@code hr.employee.events} (never their salary or NIF),
 * leave requests' decisions on {@code hr.leave.events}.
 */
package energy.mwolo.contracts.hr;
