/** How often: Bucket4j token buckets per client address, per login account and per signed-in user. */
package energy.mwolo.gateway.ratelimit;
