/** Idempotency-Key on writes: the first response stored with the write, replayed to retries of the same request. */
package energy.mwolo.platform.idempotency;
