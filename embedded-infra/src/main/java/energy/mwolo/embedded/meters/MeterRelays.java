package energy.mwolo.embedded.meters;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.iot.MeterCommand;
import energy.mwolo.contracts.iot.MeterEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relays of simulated meters (those whose number starts with a prefix, e.g. a {@link MeterFleet}'s): reads
 * {@code iot.meter-commands} as the meters' Kafka user and, after a device delay, executes each command id once and
 * acknowledges every copy on {@code iot.meter-events}, as DLMS meters behind a head-end do. A command received
 * after its expiry is refused. A meter can be told to ignore commands (never answers), to refuse them, or to have
 * its relay closed by hand (a bypass): a {@link MeterFleet} given these relays reports each meter's relay position in
 * its readings and counts no consumption while it is open.
 *
 * <pre>{@code
 * try (MeterRelays relays = MeterRelays.start(kafka.clientProperties(kafka.credentials(KafkaUsers.METERS)), "SIM-",
 *         Duration.ofSeconds(1))) {
 *     fleet.reportRelaysOf(relays);
 *     relays.behave("SIM-000002", MeterRelays.Behaviour.IGNORE);
 * }
 * }</pre>
 */
public final class MeterRelays implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MeterRelays.class);

    /** What a meter does with a command. */
    public enum Behaviour {
        OBEY, IGNORE, REFUSE
    }

    private final String numberPrefix;
    private final Duration delay;
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final ScheduledExecutorService device;
    private final Thread reader;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Set<String> open = ConcurrentHashMap.newKeySet();
    private final Set<UUID> executed = ConcurrentHashMap.newKeySet();
    private final List<MeterCommand> received = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private MeterRelays(Map<String, Object> kafkaClient, String numberPrefix, Duration delay) {
        this.numberPrefix = Objects.requireNonNull(numberPrefix, "numberPrefix");
        this.delay = Objects.requireNonNull(delay, "delay");
        Properties consumerProperties = new Properties();
        consumerProperties.putAll(kafkaClient);
        consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, "meters-relays-" + numberPrefix);
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new StringDeserializer());
        Properties producerProperties = new Properties();
        producerProperties.putAll(kafkaClient);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerProperties, new StringSerializer(), new StringSerializer());
        device = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "meter-relays-device"));
        consumer.subscribe(List.of(Topics.IOT_METER_COMMANDS));
        reader = daemon(this::read, "meter-relays-reader");
        reader.start();
    }

    /**
     * @param kafkaClient  the meters' Kafka user's client settings
     * @param numberPrefix only commands to meters whose number starts with it are answered
     * @param delay        how long a meter takes to act and answer
     */
    public static MeterRelays start(Map<String, Object> kafkaClient, String numberPrefix, Duration delay) {
        return new MeterRelays(kafkaClient, numberPrefix, delay);
    }

    public void behave(String meter, Behaviour behaviour) {
        behaviours.put(meter, Objects.requireNonNull(behaviour, "behaviour"));
    }

    public Behaviour behaviour(String meter) {
        return behaviours.getOrDefault(meter, Behaviour.OBEY);
    }

    /** Whether the meter's relay is open (supply cut). */
    public boolean isOpen(String meter) {
        return open.contains(meter);
    }

    /** Closes the relay by hand, no command involved: a bypass, as a tamperer would. */
    public void bypass(String meter) {
        open.remove(meter);
    }

    /** The commands received so far, copies included, in arrival order. */
    public List<MeterCommand> received() {
        return List.copyOf(received);
    }

    private void read() {
        try {
            while (!closed) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    handle(record.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.warn("meter relays stopped reading commands: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handle(String value) {
        MeterCommand command;
        try {
            command = ContractJson.read(value, MeterCommand.class);
        } catch (RuntimeException unreadable) {
            log.warn("meter relays: unreadable command {}", value);
            return;
        }
        if (!command.meterNumber().startsWith(numberPrefix)) {
            return;
        }
        received.add(command);
        Behaviour behaviour = behaviours.getOrDefault(command.meterNumber(), Behaviour.OBEY);
        if (behaviour == Behaviour.IGNORE) {
            return;
        }
        device.schedule(() -> act(command, behaviour), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void act(MeterCommand command, Behaviour behaviour) {
        String meter = command.meterNumber();
        Instant now = Instant.now();
        String outcome;
        if (behaviour == Behaviour.REFUSE || now.isAfter(command.expiresAt())) {
            outcome = "refused";
        } else {
            if (executed.add(command.commandId())) {
                if (command.action().equals(MeterCommand.DISCONNECT)) {
                    open.add(meter);
                } else {
                    open.remove(meter);
                }
            }
            outcome = "executed";
        }
        MeterEvent ack = new MeterEvent(UUID.randomUUID(), meter, now, MeterEvent.COMMAND_ACKNOWLEDGED,
                command.commandId(), outcome, open.contains(meter) ? "disconnected" : "connected", null);
        producer.send(new ProducerRecord<>(Topics.IOT_METER_EVENTS, meter, ContractJson.write(ack)), (meta, failure) -> {
            if (failure != null) {
                log.warn("meter {} could not acknowledge command {}: {}", meter, command.commandId(), failure.toString());
            }
        });
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        device.shutdownNow();
        producer.close(Duration.ofSeconds(10));
    }
}
