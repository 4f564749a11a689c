/** Who may read and change hr's records: HR and ADMIN manage, an employee sees itself, a manager its reports. */
package energy.mwolo.hr.access;
