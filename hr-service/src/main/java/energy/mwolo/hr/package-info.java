/** The staff side of the utility: employees and their hierarchy, leave, attendance. */
package energy.mwolo.hr;
