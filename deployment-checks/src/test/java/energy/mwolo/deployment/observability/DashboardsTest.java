package energy.mwolo.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Grafana dashboards: provisioned in Kubernetes and compose alike, on whichever Prometheus the datasource
 * variable names, reading only what the services publish.
 */
class DashboardsTest {

    private static final String DASHBOARDS = "k8s/base/observability/dashboards";

    @Test
    void kubernetesTurnsEveryDashboardIntoAGrafanaConfigMap() {
        JsonNode generator = Repository.yaml("k8s/base/observability/kustomization.yaml").path("configMapGenerator");
        List<String> generated = new ArrayList<>();
        generator.forEach(map -> {
            assertThat(map.path("options").path("labels").path("grafana_dashboard").asString()).isEqualTo("1");
            map.path("files").forEach(file -> generated.add(file.asString()));
        });

        assertThat(generated).containsExactlyInAnyOrderElementsOf(dashboards().stream()
                .map(file -> "dashboards/" + file.getFileName()).toList());
    }

    @Test
    void composeProvisionsTheSameDashboardsOnItsPrometheus() {
        JsonNode provider = Repository.yaml("deploy/observability/grafana/provisioning/dashboards/mwolo.yml")
                .path("providers").get(0);
        JsonNode datasource = Repository.yaml("deploy/observability/grafana/provisioning/datasources/prometheus.yml")
                .path("datasources").get(0);

        assertThat(provider.path("options").path("path").asString()).isEqualTo("/var/lib/grafana/dashboards");
        assertThat(datasource.path("url").asString()).isEqualTo("http://prometheus:9090");
        assertThat(datasource.path("uid").asString()).as("the datasource variable's default")
                .isEqualTo("prometheus");
    }

    @Test
    void everyDashboardParsesWithAModernSchemaAndItsOwnUid() {
        Set<String> uids = new HashSet<>();

        assertThat(dashboards()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(file -> {
            JsonNode dashboard = read(file);
            assertThat(dashboard.path("schemaVersion").asInt()).as(file.toString()).isGreaterThanOrEqualTo(39);
            assertThat(uids.add(dashboard.path("uid").asString())).as("unique uid in " + file).isTrue();
            assertThat(dashboard.path("panels")).as(file.toString()).isNotEmpty();
        });
    }

    @Test
    void everyPanelAndQueryReadsTheDatasourceVariable() {
        assertThat(dashboards()).allSatisfy(file -> {
            JsonNode dashboard = read(file);
            JsonNode variable = dashboard.path("templating").path("list").get(0);
            assertThat(variable.path("name").asString()).isEqualTo("datasource");
            assertThat(variable.path("type").asString()).isEqualTo("datasource");
            List<JsonNode> references = new ArrayList<>();
            dashboard.path("panels").forEach(panel -> collectDatasources(panel, references));
            dashboard.path("templating").path("list").forEach(each -> collectDatasources(each, references));
            assertThat(references).as(file.toString()).isNotEmpty().allSatisfy(reference ->
                    assertThat(reference.path("uid").asString()).isEqualTo("${datasource}"));
        });
    }

    @Test
    void everyQueryReadsOnlySeriesEventTypesAndServicesThatExist() {
        Set<String> published = MeterCatalogue.series();
        Set<String> types = Contracts.all().stream().map(EventContract::type).collect(Collectors.toSet());
        Set<String> modules = ServiceCatalogue.all().stream().map(PlatformService::module)
                .collect(Collectors.toSet());

        assertThat(expressions()).isNotEmpty().allSatisfy(expression -> {
            assertThat(PromQl.series(expression)).as(expression).isNotEmpty().isSubsetOf(published);
            assertThat(PromQl.labelValues(expression, "type")).as(expression).isSubsetOf(types);
            assertThat(PromQl.labelValues(expression, "job")).as(expression).isSubsetOf(modules);
        });
    }

    private static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        dashboards().forEach(file -> read(file).path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> expressions.add(target.path("expr").asString()))));
        return expressions;
    }

    /** Every {@code datasource} object under a panel (its own and its queries'). */
    private static void collectDatasources(JsonNode node, List<JsonNode> found) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("datasource") && field.getValue().isObject()) {
                    found.add(field.getValue());
                } else {
                    collectDatasources(field.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(each -> collectDatasources(each, found));
        }
    }

    private static List<Path> dashboards() {
        return Repository.files(DASHBOARDS, ".json");
    }

    private static JsonNode read(Path file) {
        try {
            return Repository.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
