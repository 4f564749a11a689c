/** Attendance: clocking in and out once per working day, lateness in Kinshasa time, monthly summaries. */
package energy.mwolo.hr.attendance;
