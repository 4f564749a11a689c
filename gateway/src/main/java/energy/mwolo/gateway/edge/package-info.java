/** What every request gets at the edge: an id, its client address, a body size limit, clean headers both ways. */
package energy.mwolo.gateway.edge;
