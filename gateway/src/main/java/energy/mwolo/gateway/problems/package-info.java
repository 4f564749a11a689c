/** RFC 9457 problem details for everything the gateway itself answers, in French or English. */
package energy.mwolo.gateway.problems;
