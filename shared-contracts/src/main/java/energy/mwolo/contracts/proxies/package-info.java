/** Which proxies' forwarded headers are believed: the one rule the gateway and every service apply. */
package energy.mwolo.contracts.proxies;
