package energy.mwolo.platform.events;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;

/**
 * A service's idempotent consumer, declared as a bean: its name (the inbox key) and one handler per event type,
 * each receiving the payload as its contract record. The platform subscribes it to the topics of those contracts
 * in the service's consumer group and, for each record, runs the handler and records the event in the inbox in one
 * transaction; the offset is committed after that commit. A redelivered event is skipped. An event of a type the
 * consumer has no handler for (or of another version of that type) is skipped without a transaction or inbox row.
 *
 * <pre>{@code
 * @Bean
 * EventConsumer leadEvents(TakingLead taking) {
 *     return EventConsumer.named("crm.leads").on(LeadSubmitted.CONTRACT, taking::take).build();
 * }
 * }</pre>
 *
 * <p>The name must not change once the consumer has run: the inbox remembers events under it.
 */
public final class EventConsumer {

    private final String name;
    private final Map<String, Handler<?>> handlers;

    private EventConsumer(String name, Map<String, Handler<?>> handlers) {
        this.name = name;
        this.handlers = Map.copyOf(handlers);
    }

    /** Starts the declaration of the consumer {@code name}, e.g. {@code crm.leads}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The topics of the contracts handled, in alphabetical order. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        handlers.values().forEach(handler -> topics.add(handler.contract().topic()));
        return topics;
    }

    /** The handler of the event in {@code envelope}, or null when this consumer has none for its type and version. */
    Handler<?> handlerFor(Envelope<String> envelope) {
        Handler<?> handler = envelope.type() == null ? null : handlers.get(envelope.type());
        if (handler == null || envelope.dataSchema() != null
                && !envelope.dataSchema().equals(handler.contract().dataSchema())) {
            return null;
        }
        return handler;
    }

    Collection<Handler<?>> handlers() {
        return handlers.values();
    }

    @Override
    public String toString() {
        return "EventConsumer " + name + " " + handlers.keySet();
    }

    public static final class Builder {

        private final String name;
        private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("An event consumer needs a name (its inbox key)");
            }
            this.name = name;
        }

        /** Handles events of {@code contract}'s type and version with their payload. */
        public <T> Builder on(EventContract<T> contract, Consumer<? super T> handler) {
            Objects.requireNonNull(handler, "handler");
            return onWithEnvelope(contract, (payload, envelope) -> handler.accept(payload));
        }

        /** Handles events of {@code contract}'s type and version with their payload and envelope (id, actor...). */
        public <T> Builder onWithEnvelope(EventContract<T> contract,
                BiConsumer<? super T, Envelope<String>> handler) {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(handler, "handler");
            if (handlers.putIfAbsent(contract.type(), new Handler<>(contract, handler)) != null) {
                throw new IllegalArgumentException(name + " already handles " + contract.type()
                        + ": one handler per event type");
            }
            return this;
        }

        public EventConsumer build() {
            if (handlers.isEmpty()) {
                throw new IllegalStateException(name + " handles no event type");
            }
            return new EventConsumer(name, handlers);
        }
    }

    /** One event type's handler: reads the payload as the contract's record, then applies the effect. */
    record Handler<T>(EventContract<T> contract, BiConsumer<? super T, Envelope<String>> effect) {

        T read(Envelope<String> envelope) {
            if (envelope.payload() == null) {
                throw new UnusableEvent(contract.type() + " at " + envelope.coordinates() + " has no payload");
            }
            T payload;
            try {
                payload = ContractJson.read(envelope.payload(), contract.payloadType());
            } catch (JacksonException e) {
                throw new UnusableEvent(contract.type() + " at " + envelope.coordinates()
                        + " is not a readable " + contract.dataSchema(), e);
            }
            if (payload == null) {
                throw new UnusableEvent(contract.type() + " at " + envelope.coordinates() + " has a null payload");
            }
            return payload;
        }

        void apply(Object payload, Envelope<String> envelope) {
            effect.accept(contract.payloadType().cast(payload), envelope);
        }
    }
}
