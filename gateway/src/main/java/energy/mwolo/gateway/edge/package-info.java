/** What every request gets at the edge: an id, its client address and origin, body limits, clean headers both ways. */
package energy.mwolo.gateway.edge;
