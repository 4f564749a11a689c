package energy.mwolo.operations;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ManagementPort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Health probes and metrics on the management port, which the gateway never routes; nothing of it on the main one. */
class ManagementPortIT extends AbstractApiIT {

    @LocalManagementPort
    private int managementPort;

    @Test
    void servesItsActuatorOnTheManagementPortOnly() {
        ManagementPort.assertActuatorServedOnlyOn(new Api("http://localhost:" + managementPort), api,
                Tokens.operations());
    }

    @Test
    void exposesTheSeriesTheAlertsAndDashboardsRead() {
        api.get("/api/operations/meters/").as(Tokens.operations()).send();

        String scrape = new Api("http://localhost:" + managementPort).get("/actuator/prometheus")
                .header("Accept", "text/plain").send().body();

        assertThat(scrape).contains("http_server_requests_seconds_bucket{", "jvm_memory_used_bytes{",
                "kafka_consumer_fetch_manager_records_lag_max{", "mwolo_outbox_relay_retained_wal_bytes",
                "mwolo_outbox_events_total{type=\"operations.MeterAlarmRaised\"", "mwolo_events_dead_lettered_total{",
                "operations_meter_alarms_total{alarm=\"tamper\"",
                "operations_disconnections_limited_total{reason=\"daily_cap\"",
                "operations_readings_ingested_total{", "operations_readings_batch_count");
    }
}
