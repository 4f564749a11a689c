package energy.mwolo.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The alerts: one set of rules for compose and Kubernetes, reading only what the services publish, each explained. */
class AlertsTest {

    private static final String COMPOSE_RULES = "deploy/observability/prometheus/alerts.yml";
    private static final String PROMETHEUS_RULE = "k8s/base/observability/prometheusrule.yaml";

    @Test
    void composeAndKubernetesRaiseTheSameAlerts() {
        JsonNode rule = Repository.yaml(PROMETHEUS_RULE);

        assertThat(rule.path("kind").asString()).isEqualTo("PrometheusRule");
        assertThat(rule.path("spec").path("groups")).isEqualTo(Repository.yaml(COMPOSE_RULES).path("groups"));
    }

    @Test
    void everyAlertReadsOnlySeriesTheServicesPublish() {
        Set<String> published = MeterCatalogue.series();

        assertThat(rules()).allSatisfy(rule -> assertThat(PromQl.series(expression(rule)))
                .as(rule.path("alert").asString()).isNotEmpty().isSubsetOf(published));
    }

    @Test
    void everyEventTypeAndServiceAnAlertNamesExists() {
        Set<String> types = Contracts.all().stream().map(EventContract::type).collect(Collectors.toSet());
        Set<String> modules = ServiceCatalogue.all().stream().map(PlatformService::module)
                .collect(Collectors.toSet());

        assertThat(rules()).allSatisfy(rule -> {
            assertThat(PromQl.labelValues(expression(rule), "type")).as(rule.path("alert").asString())
                    .isSubsetOf(types);
            assertThat(PromQl.labelValues(expression(rule), "job")).as(rule.path("alert").asString())
                    .isSubsetOf(modules);
        });
    }

    @Test
    void everyAlertHasASeverityASummaryAndItsEntryInTheOperationsGuide() {
        String guide = Repository.read("docs/operations.md");

        assertThat(rules()).isNotEmpty().allSatisfy(rule -> {
            String name = rule.path("alert").asString();
            assertThat(rule.path("labels").path("severity").asString()).as(name).isIn("warning", "critical");
            assertThat(rule.path("annotations").path("summary").asString()).as(name).isNotBlank();
            assertThat(guide).as("docs/operations.md explains " + name).contains("### " + name + "\n");
        });
    }

    @Test
    void theAlertsOperatorsAskedForAreAllRaised() {
        assertThat(rules()).extracting(rule -> rule.path("alert").asString()).contains("MwoloKafkaConsumerLag",
                "MwoloOutboxBacklog", "MwoloDeadLetters", "MwoloWebhookErrors", "MwoloPaymentFailedAfterSuccess",
                "MwoloMeterTamper", "MwoloDisconnectionCapReached", "MwoloSlaBreaches", "MwoloAuditChainInvalid");
    }

    private static List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        Repository.yaml(COMPOSE_RULES).path("groups").forEach(group -> group.path("rules").forEach(rules::add));
        return rules;
    }

    private static String expression(JsonNode rule) {
        return rule.path("expr").asString();
    }
}
