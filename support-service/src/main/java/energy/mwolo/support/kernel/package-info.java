/** Small value types every feature of support shares: business time, field errors and enum codes. */
package energy.mwolo.support.kernel;
