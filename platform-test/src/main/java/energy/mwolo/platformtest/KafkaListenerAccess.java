package energy.mwolo.platformtest;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.NamePattern;
import energy.mwolo.embedded.SharedKafka;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds a test context's Kafka listeners to its user's row of the ACL table before they start: a service of the
 * catalogue that consumes a topic, or joins a group, that {@link KafkaUsers} does not grant it fails to start,
 * naming what to declare (the broker would refuse it in production). A test's stand-in service (the platform's
 * probes, not in the catalogue) is granted what its listeners declare, as the table would grant a service that
 * consumes those topics.
 */
final class KafkaListenerAccess implements SmartLifecycle {

    /** Before the listener containers start (their phase is {@code Integer.MAX_VALUE - 100}). */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private final ObjectProvider<KafkaListenerEndpointRegistry> registry;
    private final SharedKafka kafka;
    private final KafkaAccess row;
    private final boolean standIn;
    private volatile boolean running;

    /**
     * @param row     the user the context signs in as
     * @param standIn whether the row is a stand-in for a service outside the catalogue, to widen to its listeners
     */
    KafkaListenerAccess(ObjectProvider<KafkaListenerEndpointRegistry> registry, SharedKafka kafka, KafkaAccess row,
                        boolean standIn) {
        this.registry = registry;
        this.kafka = kafka;
        this.row = row;
        this.standIn = standIn;
    }

    /** What one listener container consumes: named topics, or every topic of a pattern, in a group. */
    record Listening(String id, List<String> topics, String pattern, String group) {

        static Listening of(MessageListenerContainer container) {
            var properties = container.getContainerProperties();
            List<String> topics = properties.getTopics() == null ? List.of() : Arrays.asList(properties.getTopics());
            String pattern = properties.getTopicPattern() == null ? null : properties.getTopicPattern().pattern();
            return new Listening(container.getListenerId(), topics, pattern, container.getGroupId());
        }
    }

    @Override
    public void start() {
        KafkaListenerEndpointRegistry listeners = registry.getIfAvailable();
        if (listeners != null) {
            List<Listening> listening = listeners.getAllListenerContainers().stream().map(Listening::of).toList();
            if (standIn) {
                kafka.credentials(widened(row, listening));
            } else {
                List<String> refused = refused(row, listening);
                if (!refused.isEmpty()) {
                    throw new IllegalStateException("The Kafka ACL table (shared-contracts KafkaUsers) does not grant "
                            + "user " + row.user() + " what its listeners need; declare what it consumes there:\n  "
                            + String.join("\n  ", refused));
                }
            }
        }
        running = true;
    }

    /** What the row does not grant the listeners, one line each. */
    static List<String> refused(KafkaAccess row, Collection<Listening> listening) {
        List<String> refused = new ArrayList<>();
        for (Listening listener : listening) {
            if (listener.pattern() != null && !row.reads().contains(NamePattern.ANY)) {
                refused.add(listener.id() + " reads every topic matching " + listener.pattern()
                        + ", but may read only " + row.reads());
            }
            for (String topic : listener.topics()) {
                if (!row.mayRead(topic)) {
                    refused.add(listener.id() + " reads " + topic + ", which it may not read");
                }
                if (!row.mayWrite(Topics.deadLetter(topic))) {
                    refused.add(listener.id() + " dead-letters to " + Topics.deadLetter(topic)
                            + ", which it may not write");
                }
            }
            if (listener.group() != null && !row.mayJoin(listener.group())) {
                refused.add(listener.id() + " joins group " + listener.group() + ", which it may not use");
            }
        }
        return refused;
    }

    /** The stand-in's row with what its listeners consume, as {@link KafkaUsers#forService} derives a service's. */
    static KafkaAccess widened(KafkaAccess row, Collection<Listening> listening) {
        Set<NamePattern> writes = new LinkedHashSet<>(row.writes());
        Set<NamePattern> reads = new LinkedHashSet<>(row.reads());
        Set<NamePattern> groups = new LinkedHashSet<>(row.groups());
        for (Listening listener : listening) {
            if (listener.pattern() != null) {
                reads.add(NamePattern.ANY);
            }
            for (String topic : listener.topics()) {
                reads.add(NamePattern.exactly(topic));
                writes.add(NamePattern.exactly(Topics.deadLetter(topic)));
            }
            if (listener.group() != null) {
                groups.add(NamePattern.exactly(listener.group()));
            }
        }
        return new KafkaAccess(row.user(), List.copyOf(writes), List.copyOf(reads), List.copyOf(groups));
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
