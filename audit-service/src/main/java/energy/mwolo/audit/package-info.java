/** audit-service: every domain event of the platform, stored once in an append-only, hash-chained log. */
package energy.mwolo.audit;
