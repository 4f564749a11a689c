/** How often: Bucket4j token buckets per client address and per signed-in user. */
package energy.mwolo.gateway.ratelimit;
