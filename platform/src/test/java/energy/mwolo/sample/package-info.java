/**
 * A made-up service ({@code energy.mwolo.sample}) whose compiled classes platform's API document tests read: problems
 * stated the ways the services state them.
 */
package energy.mwolo.sample;
