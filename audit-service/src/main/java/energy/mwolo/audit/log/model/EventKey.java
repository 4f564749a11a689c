package energy.mwolo.audit.log.model;

/**
 * What makes two deliveries the same event: the same {@code ce_id} from the same {@code ce_source}, on a topic of
 * the same service. The source is the producer's claim, and the topic's owner is what the broker vouches for: a
 * service that forges another's source and reuses one of its ids lands in its own key, so it can neither take the
 * place of the genuine event nor hide it as a duplicate. The database holds the same key unique
 * ({@code event_id, source, split_part(kafka_topic, '.', 1)}, nulls equal).
 *
 * @param owner the first part of the topic's name ({@link Origin#owner()})
 */
public record EventKey(String eventId, String source, String owner) {
}
