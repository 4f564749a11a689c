package energy.mwolo.embedded.meters;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.embedded.SharedKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fleet's HTTP control API scripts faults and relay behaviours, and refuses what it does not know. */
class FleetControlIT {

    private final SharedKafka kafka = SharedKafka.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPersonScriptsFaultsAndRelayBehavioursOverHttp() throws Exception {
        String prefix = "SIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
        Map<String, Object> meters = kafka.clientProperties(kafka.credentials(KafkaUsers.METERS));
        try (var fleet = MeterFleet.create(meters, new MeterFleet.Settings(prefix, 2, Duration.ofHours(1), 5));
             var relays = MeterRelays.start(meters, prefix, Duration.ofMillis(50));
             var control = FleetControl.serve(fleet, relays, 0)) {
            String base = "http://127.0.0.1:" + control.port() + "/control/meters";
            String first = prefix + "000001";

            assertThat(post(base + "/faults?fault=duplicate&count=2").statusCode()).isEqualTo(204);
            fleet.publishRound(Instant.parse("2026-05-03T10:00:00Z"));
            assertThat(fleet.published()).as("two meters, the first two readings doubled").isEqualTo(4);
            assertThat(post(base + "/" + first + "/behaviour?value=ignore").statusCode()).isEqualTo(204);
            assertThat(post(base + "/" + first + "/bypass").statusCode()).isEqualTo(204);

            HttpResponse<String> shown = http.send(HttpRequest.newBuilder(URI.create(base)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(shown.statusCode()).isEqualTo(200);
            FleetControl.FleetState state = ContractJson.read(shown.body(), FleetControl.FleetState.class);
            assertThat(state.published()).isEqualTo(4);
            assertThat(state.meters()).containsExactly(new FleetControl.MeterState(first, "closed", "ignore"),
                    new FleetControl.MeterState(prefix + "000002", "closed", "obey"));

            assertThat(post(base + "/faults?fault=meltdown").statusCode()).isEqualTo(400);
            assertThat(post(base + "/faults?fault=spike&count=0").statusCode()).isEqualTo(400);
            assertThat(post(base + "/" + first + "/behaviour?value=sleep").statusCode()).isEqualTo(400);
            assertThat(post(base + "/SIM-NOPE/bypass").statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> post(String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
