package energy.mwolo.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalogue and the PromQL reading the other checks rely on find what they must, and nothing else. */
class ExtractionTest {

    @Test
    void metersAreNamedAsThePrometheusRegistryNamesThem() {
        String source = """
                class Sample {
                    static final String LIMITED = "operations.disconnections.limited";
                    Sample(MeterRegistry meters) {
                        Counter.builder(LIMITED).tag("reason", "daily_cap").register(meters);
                        Gauge.builder("mwolo.outbox.relay.retained.wal", slot, Slot::bytes)
                                .baseUnit("bytes").register(meters);
                        DistributionSummary.builder("operations.readings.batch").register(meters);
                        meters.counter("billing.mobile_money.contradictions", "provider", code);
                        Timer.builder("mwolo.relay.send").register(meters);
                    }
                }
                """;

        assertThat(MeterCatalogue.seriesIn(source)).containsExactlyInAnyOrder(
                "operations_disconnections_limited_total", "mwolo_outbox_relay_retained_wal_bytes",
                "operations_readings_batch_count", "operations_readings_batch_sum", "operations_readings_batch_max",
                "billing_mobile_money_contradictions_total", "mwolo_relay_send_seconds_count",
                "mwolo_relay_send_seconds_sum", "mwolo_relay_send_seconds_max");
    }

    @Test
    void theCatalogueHoldsTheMetersOfTheCode() {
        assertThat(MeterCatalogue.series()).contains("mwolo_events_dead_lettered_total",
                "mwolo_outbox_events_total", "audit_checkpoints_refused_total", "operations_meter_alarms_total");
    }

    @Test
    void anExpressionReadsItsSeriesNotItsFunctionsLabelsOrKeywords() {
        String expression = "histogram_quantile(0.95, sum by (job, le) (rate(http_server_requests_seconds_bucket"
                + "{job=~\"$job\",uri=~\"/api/x/.*\"}[$__rate_interval]))) > 0.5 or max by (job) (audit_consumer_lag)"
                + " unless on (job) up == 0";

        assertThat(PromQl.series(expression)).containsExactlyInAnyOrder("http_server_requests_seconds_bucket",
                "audit_consumer_lag", "up");
    }

    @Test
    void labelValuesIncludeEveryAlternativeButNoPattern() {
        assertThat(PromQl.labelValues("x{type=~\"billing.PaymentReceived|billing.PaymentFailed\"} + y{type=\"a.B\"}"
                + " + z{type=~\".*Overdue\"} + w{type=~\"$type\"}", "type"))
                .containsExactlyInAnyOrder("billing.PaymentReceived", "billing.PaymentFailed", "a.B");
    }
}
