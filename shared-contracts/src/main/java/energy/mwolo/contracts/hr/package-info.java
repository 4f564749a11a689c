/**
 * Integration events published by hr-service: employees on {@code hr.employee.events} (never their salary or NIF),
 * leave requests' decisions on {@code hr.leave.events}, payroll runs validated and payslips issued on
 * {@code hr.payroll.events} (totals only, never anyone's pay).
 */
package energy.mwolo.contracts.hr;
