package energy.mwolo.embedded.meters;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.contracts.iot.ObisValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N simulated meters, {@code <prefix>000001} and on, each with its own typical day (5 to 30 kWh, seeded) drawn along
 * a residential {@link LoadCurve}, publishing MeterReading messages onto {@code iot.meter-readings}, keyed by meter
 * number, signed in as the meters' Kafka user. Registers only go up (unless a {@link MeterFault#NEGATIVE} is asked
 * for). A round is one reading per meter at one simulated instant; rounds follow each other {@code interval} apart
 * in simulated time.
 *
 * <pre>{@code
 * try (MeterFleet fleet = MeterFleet.create(kafka.clientProperties(kafka.credentials(KafkaUsers.METERS)),
 *         new MeterFleet.Settings("SIM-", 100, Duration.ofMinutes(15), 42))) {
 *     fleet.inject(MeterFault.DUPLICATE, 3);
 *     fleet.publishRound(Instant.parse("2026-05-01T00:00:00Z"));      // scripted, for a test
 *     fleet.run(Instant.now(), 500);                                    // or on its own, 500 readings a second
 * }
 * }</pre>
 */
public final class MeterFleet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MeterFleet.class);
    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");

    private final Settings settings;
    private final KafkaProducer<String, String> producer;
    private final List<SimulatedMeter> meters = new ArrayList<>();
    private final Deque<MeterFault> faults = new ArrayDeque<>();
    private final List<MeterReading> heldBack = new ArrayList<>();
    private final Random random;
    private final AtomicLong published = new AtomicLong();
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private ScheduledExecutorService runner;
    private Instant clock;
    private volatile MeterRelays relays;

    /**
     * @param numberPrefix the meters' numbers begin with it (letters, digits, hyphens)
     * @param seed         the same seed gives the same meters and the same readings
     */
    public record Settings(String numberPrefix, int meters, Duration interval, long seed) {

        public Settings {
            if (numberPrefix == null || !numberPrefix.matches("[A-Za-z0-9-]{1,30}")) {
                throw new IllegalArgumentException("numberPrefix must be 1 to 30 letters, digits or hyphens");
            }
            if (meters < 1 || meters > 999_999) {
                throw new IllegalArgumentException("meters must be from 1 to 999999, was " + meters);
            }
            if (interval == null || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("interval must be positive");
            }
        }
    }

    private MeterFleet(Map<String, Object> kafkaClient, Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Properties properties = new Properties();
        properties.putAll(kafkaClient);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "meter-fleet-" + UUID.randomUUID());
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        this.random = new Random(settings.seed());
        for (int i = 1; i <= settings.meters(); i++) {
            BigDecimal daily = BigDecimal.valueOf(5 + random.nextInt(2_500) / 100.0);
            BigDecimal register = BigDecimal.valueOf(random.nextInt(50_000_000), 3);
            meters.add(new SimulatedMeter(settings.numberPrefix() + String.format("%06d", i), daily, register));
        }
    }

    /** A fleet that publishes only when asked ({@link #publishRound}, {@link #run}). */
    public static MeterFleet create(Map<String, Object> kafkaClient, Settings settings) {
        return new MeterFleet(kafkaClient, settings);
    }

    /** The meters' numbers, in order; register them in operations so their readings are not parked. */
    public List<String> meterNumbers() {
        return meters.stream().map(SimulatedMeter::number).toList();
    }

    /** Each meter's typical daily consumption, kWh, by number. */
    public Map<String, BigDecimal> typicalDailyKwh() {
        return meters.stream().collect(Collectors.toMap(SimulatedMeter::number,
                SimulatedMeter::dailyKwh));
    }

    /** The next {@code count} readings published get {@code fault}, in the order asked. */
    public synchronized void inject(MeterFault fault, int count) {
        for (int i = 0; i < count; i++) {
            faults.add(Objects.requireNonNull(fault, "fault"));
        }
    }

    /**
     * From now on each reading reports its meter's relay position as {@code relays} hold it, and a meter whose relay
     * is open uses nothing.
     */
    public void reportRelaysOf(MeterRelays relays) {
        this.relays = Objects.requireNonNull(relays, "relays");
    }

    /** Readings published so far (a duplicate counts twice, garbage once). */
    public long published() {
        return published.get();
    }

    /**
     * Publishes one reading of every meter at {@code at}, the registers advanced by what each meter used since its
     * last reading, and waits until the broker has them all.
     */
    public synchronized void publishRound(Instant at) {
        List<MeterReading> late = List.copyOf(heldBack);
        heldBack.clear();
        List<Future<?>> sent = new ArrayList<>();
        for (SimulatedMeter meter : meters) {
            meter.advanceTo(at);
            MeterFault fault = faults.poll();
            MeterReading reading = meter.reading(at, fault);
            if (fault == MeterFault.GARBAGE) {
                sent.add(send(meter.number(), "{\"meter_number\": \"" + meter.number() + "\", \"read_at\": \"soon\""));
            } else if (fault == MeterFault.LATE) {
                heldBack.add(reading);
            } else {
                sent.add(send(meter.number(), ContractJson.write(reading)));
                if (fault == MeterFault.DUPLICATE) {
                    sent.add(send(meter.number(), ContractJson.write(reading)));
                }
            }
        }
        for (MeterReading reading : late) {
            sent.add(send(reading.meterNumber(), ContractJson.write(reading)));
        }
        for (var future : sent) {
            try {
                future.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("could not publish a reading on " + Topics.IOT_METER_READINGS, e);
            }
        }
    }

    /**
     * Publishes a round as {@link #publishRound} does, but keeps back the readings {@link MeterFault#LATE} held so
     * far: they go out after a later round's, so operations stores them after readings taken after them (a reading
     * late by more than one round; the next {@link #publishRound} sends them).
     */
    public synchronized void publishRoundHoldingBack(Instant at) {
        List<MeterReading> stillHeld = List.copyOf(heldBack);
        heldBack.clear();
        publishRound(at);
        heldBack.addAll(0, stillHeld);
    }

    /**
     * Publishes rounds on its own from simulated instant {@code from}, {@code interval} apart, paced so that about
     * {@code readingsPerSecond} readings go out each second of real time, until {@link #close}.
     */
    public synchronized void run(Instant from, int readingsPerSecond) {
        if (runner != null) {
            throw new IllegalStateException("the fleet runs already");
        }
        if (readingsPerSecond < 1) {
            throw new IllegalArgumentException("readingsPerSecond must be positive");
        }
        clock = from;
        long periodMillis = Math.max(1, 1000L * meters.size() / readingsPerSecond);
        runner = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "meter-fleet");
            thread.setDaemon(true);
            return thread;
        });
        runner.scheduleAtFixedRate(() -> {
            try {
                publishRound(clock);
                clock = clock.plus(settings.interval());
            } catch (RuntimeException e) {
                log.warn("the meter fleet could not publish a round at {}: {}", clock, e.getMessage());
            }
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * The readings the broker has acknowledged so far, in no particular order (a duplicate twice; garbage never; a
     * reading held back as late once it is sent): what a consumer must end up with, whatever failed in between. A
     * round that failed to publish in time (the broker down) still counts the readings acknowledged afterwards.
     */
    public List<MeterReading> acknowledged() {
        List<MeterReading> readings = new ArrayList<>();
        for (String value : acknowledged) {
            try {
                readings.add(ContractJson.read(value, MeterReading.class));
            } catch (RuntimeException garbage) {
                // a GARBAGE fault's message: no reading
            }
        }
        return readings;
    }

    private Future<?> send(String key, String value) {
        published.incrementAndGet();
        return producer.send(new ProducerRecord<>(Topics.IOT_METER_READINGS, key, value), (metadata, failure) -> {
            if (failure == null) {
                acknowledged.add(value);
            }
        });
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.shutdownNow();
        }
        producer.close(Duration.ofSeconds(10));
    }

    /** One meter: its register and when it was last read. */
    private final class SimulatedMeter {

        private final String number;
        private final BigDecimal dailyKwh;
        private BigDecimal register;
        private Instant readAt;

        SimulatedMeter(String number, BigDecimal dailyKwh, BigDecimal register) {
            this.number = number;
            this.dailyKwh = dailyKwh;
            this.register = register;
        }

        String number() {
            return number;
        }

        BigDecimal dailyKwh() {
            return dailyKwh;
        }

        /** Adds what the household used from its last reading to {@code at}, hour by hour along the load curve. */
        void advanceTo(Instant at) {
            if (readAt != null && at.isAfter(readAt) && !relayOpen()) {
                double kwh = 0;
                Instant cursor = readAt;
                while (cursor.isBefore(at)) {
                    Instant next = cursor.plus(Duration.ofHours(1)).isBefore(at) ? cursor.plus(Duration.ofHours(1)) : at;
                    double hours = Duration.between(cursor, next).toMillis() / 3_600_000.0;
                    int hour = cursor.atZone(KINSHASA).getHour();
                    // An hour's share of the day, for the part of the hour elapsed, give or take a fifth.
                    kwh += dailyKwh.doubleValue() * LoadCurve.share(hour) * hours * (0.8 + 0.4 * random.nextDouble());
                    cursor = next;
                }
                register = register.add(BigDecimal.valueOf(kwh).setScale(3, RoundingMode.HALF_UP));
            }
            readAt = at;
        }

        MeterReading reading(Instant at, MeterFault fault) {
            if (fault == MeterFault.SPIKE) {
                register = register.add(dailyKwh.multiply(BigDecimal.valueOf(50)));
            }
            BigDecimal shown = fault == MeterFault.NEGATIVE
                    ? register.subtract(BigDecimal.TEN).max(BigDecimal.ZERO) : register;
            double voltage = 215 + 15 * random.nextDouble();
            return new MeterReading(UUID.randomUUID(), number, at, List.of(
                    new ObisValue(ObisValue.ACTIVE_IMPORT, shown.setScale(3, RoundingMode.HALF_UP), "kWh"),
                    new ObisValue(ObisValue.VOLTAGE_L1, BigDecimal.valueOf(voltage).setScale(1, RoundingMode.HALF_UP),
                            "V")),
                    relayOpen() ? "disconnected" : "connected", fault == MeterFault.TAMPER ? List.of("tamper") : null);
        }

        private boolean relayOpen() {
            MeterRelays held = relays;
            return held != null && held.isOpen(number);
        }
    }
}
