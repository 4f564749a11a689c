/** Transactional outbox: events written with the change that caused them, published by the relay. */
package energy.mwolo.platform.outbox;
