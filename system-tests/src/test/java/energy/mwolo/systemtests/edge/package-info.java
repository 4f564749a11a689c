/** What the gateway and the services show of themselves at their edges: addresses in links, operational ports. */
package energy.mwolo.systemtests.edge;
