/** Small value types every feature of hr shares: employee ids, business time, field errors and enum codes. */
package energy.mwolo.hr.kernel;
