package energy.mwolo.connect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts each outbox connector's configuration to the worker's REST API ({@code PUT /connectors/<name>/config}, which
 * creates or replaces it): every start brings the connectors to this build's keys, and a second worker of the group
 * putting the same changes nothing. The worker answers only once it has joined its group, and a rebalance answers
 * 409 meanwhile: each connector is tried again until it is accepted.
 */
final class OutboxConnectors {

    private static final Logger log = LoggerFactory.getLogger(OutboxConnectors.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String restUrl;
    private final Duration retryEvery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    OutboxConnectors(String restUrl, Duration retryEvery) {
        this.restUrl = restUrl;
        this.retryEvery = retryEvery;
    }

    /** Registers every connector, each until the worker accepts it; returns when all are. */
    void registerAll(Map<String, Map<String, String>> connectors) throws InterruptedException {
        for (Map.Entry<String, Map<String, String>> connector : connectors.entrySet()) {
            register(connector.getKey(), connector.getValue());
        }
        log.info("Outbox connectors registered: {}", String.join(", ", connectors.keySet()));
    }

    private void register(String name, Map<String, String> config) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(restUrl + "/connectors/" + name + "/config"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(config))).build();
        int attempts = 0;
        while (true) {
            attempts++;
            String failure;
            try {
                HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200 || reply.statusCode() == 201) {
                    log.info("Connector {} {}", name, reply.statusCode() == 201 ? "created" : "up to date");
                    return;
                }
                if (reply.statusCode() == 400) {
                    // A configuration the worker refuses will not pass later either: say so and go on with the rest.
                    log.error("Connector {} refused: {}", name, reply.body());
                    return;
                }
                failure = reply.statusCode() + " " + reply.body();
            } catch (IOException e) {
                failure = e.toString();
            }
            if (attempts % 15 == 1) {
                log.info("Connector {} not registered yet ({}): trying again", name, failure);
            }
            Thread.sleep(retryEvery.toMillis());
        }
    }
}
