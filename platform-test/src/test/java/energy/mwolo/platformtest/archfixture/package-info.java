/**
 * Two tiny services for the architecture rules' own tests: {@code good} keeps every rule, {@code bad} breaks each
 * one on purpose. Nothing scans these packages: they are only read as class files.
 */
package energy.mwolo.platformtest.archfixture;
