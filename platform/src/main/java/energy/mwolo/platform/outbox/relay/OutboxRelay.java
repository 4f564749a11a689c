package energy.mwolo.platform.outbox.relay;

import io.debezium.embedded.Connect;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.ChangeEventFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Runs Debezium's embedded engine on the service's outbox and hands each routed record to Kafka. Offsets are
 * committed only after the broker acknowledged the batch, so a crash or restart re-sends (never loses) events:
 * delivery is at least once, and consumers dedupe on {@code ce_id}. If the engine stops on an error (database or
 * broker unreachable) it is started again after a pause.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRelaySettings settings;
    private final Producer<String, byte[]> producer;
    private final AtomicLong published = new AtomicLong();
    private ScheduledExecutorService supervisor;
    private ExecutorService engineThread;
    private volatile DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
    private volatile boolean running;

    public OutboxRelay(OutboxRelaySettings settings, Producer<String, byte[]> producer) {
        this.settings = settings;
        this.producer = producer;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        settings.replicationSetup().ensurePublicationAndSlot();
        running = true;
        supervisor = Executors.newSingleThreadScheduledExecutor(daemon("outbox-relay-supervisor"));
        engineThread = Executors.newSingleThreadExecutor(daemon("outbox-relay"));
        launch();
        log.info("Outbox relay started on slot {}", settings.slotName());
    }

    private void launch() {
        Properties properties = settings.engineProperties();
        engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                .using(properties)
                .notifying(this::publishBatch)
                .using((success, message, error) -> onEngineStopped(success, message, error))
                .build();
        engineThread.execute(engine);
    }

    private void onEngineStopped(boolean success, String message, Throwable error) {
        if (!running) {
            return;
        }
        log.warn("Outbox relay engine stopped ({}); restarting in {}", message, settings.retryDelay(), error);
        supervisor.schedule(() -> {
            synchronized (this) {
                if (running) {
                    launch();
                }
            }
        }, settings.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publishBatch(List<RecordChangeEvent<SourceRecord>> batch,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer)
            throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (RecordChangeEvent<SourceRecord> event : batch) {
            SourceRecord record = event.record();
            if (record != null && record.value() != null) {
                acks.add(producer.send(toKafka(record)));
            }
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                // Nothing of this batch is committed: the engine stops and the whole batch is sent again.
                throw new IllegalStateException("Kafka refused an outbox event", e.getCause());
            }
        }
        for (RecordChangeEvent<SourceRecord> event : batch) {
            committer.markProcessed(event);
        }
        committer.markBatchFinished();
        published.addAndGet(acks.size());
    }

    private static ProducerRecord<String, byte[]> toKafka(SourceRecord record) {
        String key = record.key() == null ? null : record.key().toString();
        byte[] value = record.value().toString().getBytes(StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(record.topic(), null, key, value);
        for (Header header : record.headers()) {
            if (header.value() != null) {
                out.headers().add(header.key(), header.value().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Events handed to Kafka and acknowledged since this relay was created. */
    public long publishedCount() {
        return published.get();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            if (engine != null) {
                engine.close();
            }
        } catch (IOException e) {
            log.warn("Outbox relay engine did not close cleanly", e);
        }
        supervisor.shutdownNow();
        engineThread.shutdown();
        try {
            if (!engineThread.awaitTermination(30, TimeUnit.SECONDS)) {
                engineThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Outbox relay stopped");
    }

    /** The producer outlives stop/start cycles of the engine; it goes with the bean. */
    @Override
    public void destroy() {
        stop();
        producer.close(java.time.Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Before the web server (MAX_VALUE - 1024) starts taking requests, so the slot exists before any write;
        // after the data source and Flyway, which are ready once beans are initialised.
        return Integer.MAX_VALUE - 2048;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
