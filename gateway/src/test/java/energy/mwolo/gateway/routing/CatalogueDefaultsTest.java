package energy.mwolo.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The gateway's routes, upstream URLs and document list come from the service catalogue, not from copies of it. */
class CatalogueDefaultsTest {

    @Test
    void everyRoutedServiceDefaultsToItsCatalogueUrl() throws IOException {
        RoutingProperties routing = bind(environment(Map.of()));

        for (PlatformService service : ServiceCatalogue.routed()) {
            assertThat(routing.upstream(service.name())).as(service.name()).isEqualTo(URI.create(service.localUrl()));
        }
        assertThat(routing.upstreams()).containsOnlyKeys(
                ServiceCatalogue.routed().stream().map(PlatformService::name).toList());
    }

    @Test
    void theServicesUrlVariableOverridesItsDefault() throws IOException {
        RoutingProperties routing = bind(environment(Map.of("MWOLO_GEO_URL", "http://geo.mwolo.internal:8080")));

        assertThat(routing.upstream("geo")).isEqualTo(URI.create("http://geo.mwolo.internal:8080"));
        assertThat(routing.upstream("crm")).isEqualTo(URI.create(ServiceCatalogue.CRM.localUrl()));
    }

    @Test
    void theSwaggerUiListsEveryRoutedServicesDocumentInCatalogueOrder() throws IOException {
        StandardEnvironment environment = environment(Map.of());
        List<PlatformService> routed = ServiceCatalogue.routed();

        assertThat(IntStream.range(0, routed.size())
                .mapToObj(i -> environment.getProperty("springdoc.swagger-ui.urls[" + i + "].name") + " "
                        + environment.getProperty("springdoc.swagger-ui.urls[" + i + "].url")).toList())
                .containsExactlyElementsOf(routed.stream()
                        .map(service -> service.name() + " " + service.apiDocsPath()).toList());
        assertThat(environment.getProperty("springdoc.swagger-ui.urls[" + routed.size() + "].url")).isNull();
    }

    @Test
    void applicationYmlRepeatsNoUpstreamNorDocumentList() throws IOException {
        for (PropertySource<?> source : yaml()) {
            assertThat(((EnumerablePropertySource<?>) source).getPropertyNames()).as(source.getName())
                    .noneMatch(name -> name.startsWith("mwolo.gateway.upstreams.")
                            || name.startsWith("springdoc.swagger-ui.urls["));
        }
    }

    /** application.yml and the catalogue's defaults, under {@code variables} standing in for the environment. */
    private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        List.copyOf(environment.getPropertySources().stream().map(PropertySource::getName).toList())
                .forEach(environment.getPropertySources()::remove);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        yaml().forEach(environment.getPropertySources()::addLast);
        new CatalogueDefaults().postProcessEnvironment(environment, null);
        return environment;
    }

    private static List<PropertySource<?>> yaml() throws IOException {
        return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
    }

    private static RoutingProperties bind(StandardEnvironment environment) {
        return Binder.get(environment).bind("mwolo.gateway", RoutingProperties.class).get();
    }
}
