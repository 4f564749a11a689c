/** The one set of architecture rules every service runs (STYLE.md), proven against fixtures in this module's tests. */
package energy.mwolo.platformtest.architecture;
