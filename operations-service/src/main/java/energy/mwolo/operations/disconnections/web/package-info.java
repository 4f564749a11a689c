/** The collection loop over HTTP: decision histories, holds, and a pass of the scheduler on demand. */
package energy.mwolo.operations.disconnections.web;
