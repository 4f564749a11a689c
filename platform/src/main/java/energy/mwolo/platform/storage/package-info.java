/** The storage port for files, and its filesystem adapter. */
package energy.mwolo.platform.storage;
