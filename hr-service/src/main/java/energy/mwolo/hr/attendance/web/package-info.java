/** Attendance's HTTP API under {@code /api/hr/attendance/}. */
package energy.mwolo.hr.attendance.web;
