/** Use cases on attendance, one transaction each: clocking in and out, reading days and monthly summaries. */
package energy.mwolo.hr.attendance.application;
