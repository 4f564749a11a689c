package energy.mwolo.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Prometheus scrapes every service on its management port, in Kubernetes and compose, under the module's name. */
class MonitorsTest {

    private static final Pattern MANAGEMENT_PORT = Pattern.compile("\\$\\{MANAGEMENT_SERVER_PORT:(\\d+)}");

    @Test
    void everyServiceHasAPodMonitorOnItsManagementPortLabelledWithItsModule() {
        List<JsonNode> monitors = Repository.yamlDocuments("k8s/base/observability/podmonitors.yaml");

        assertThat(monitors).extracting(monitor -> monitor.path("metadata").path("name").asString())
                .containsExactlyInAnyOrderElementsOf(modules());
        assertThat(monitors).allSatisfy(monitor -> {
            String module = monitor.path("metadata").path("name").asString();
            assertThat(monitor.path("kind").asString()).isEqualTo("PodMonitor");
            assertThat(monitor.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name")
                    .asString()).as(module).isEqualTo(module);
            JsonNode endpoint = monitor.path("spec").path("podMetricsEndpoints").get(0);
            assertThat(endpoint.path("port").asString()).as(module).isEqualTo("management");
            assertThat(endpoint.path("path").asString()).as(module).isEqualTo("/actuator/prometheus");
            assertThat(endpoint.path("relabelings").get(0).path("targetLabel").asString()).isEqualTo("job");
            assertThat(endpoint.path("relabelings").get(0).path("replacement").asString()).as(module)
                    .isEqualTo(module);
        });
    }

    @Test
    void composeScrapesEveryServiceOnTheManagementPortItsSettingsName() {
        JsonNode jobs = Repository.yaml("deploy/observability/prometheus/prometheus.yml").path("scrape_configs");

        assertThat(jobs).extracting(job -> job.path("job_name").asString())
                .containsExactlyInAnyOrderElementsOf(modules());
        jobs.forEach(job -> {
            String module = job.path("job_name").asString();
            assertThat(job.path("metrics_path").asString()).as(module).isEqualTo("/actuator/prometheus");
            assertThat(job.path("static_configs").get(0).path("targets").get(0).asString()).as(module)
                    .isEqualTo(module + ":" + configuredManagementPort(module));
        });
    }

    @Test
    void eachServicesSettingsDeclareTheManagementPortTheCatalogueGivesIt() {
        assertThat(ServiceCatalogue.all()).allSatisfy(service -> assertThat(configuredManagementPort(service.module()))
                .as(service.module()).isEqualTo(service.managementPort()));
    }

    private static int configuredManagementPort(String module) {
        Matcher port = MANAGEMENT_PORT.matcher(Repository.read(module + "/src/main/resources/application.yml"));
        assertThat(port.find()).as(module + " names its management port").isTrue();
        return Integer.parseInt(port.group(1));
    }

    private static List<String> modules() {
        return ServiceCatalogue.all().stream().map(PlatformService::module).toList();
    }
}
