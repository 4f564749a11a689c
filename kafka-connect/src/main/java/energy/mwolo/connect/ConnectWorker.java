package energy.mwolo.connect;

import java.time.Duration;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The image's program: a Kafka Connect distributed worker ({@link WorkerSettings} from the environment), then its
 * outbox connectors registered in the background while it runs. Stops on SIGTERM (Kafka Connect's shutdown hook:
 * tasks commit their offsets and the worker leaves its group).
 */
public final class ConnectWorker {

    private static final Logger log = LoggerFactory.getLogger(ConnectWorker.class);

    private ConnectWorker() {
    }

    public static void main(String[] args) throws InterruptedException {
        WorkerSettings settings = WorkerSettings.from(System.getenv());
        Connect<?> connect = new ConnectDistributed().startConnect(settings.worker());
        Thread registration = new Thread(() -> {
            try {
                new OutboxConnectors(settings.restUrl(), Duration.ofSeconds(2)).registerAll(settings.connectors());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Outbox connectors not registered", e);
            }
        }, "outbox-connectors");
        registration.setDaemon(true);
        registration.start();
        connect.awaitStop();
    }
}
