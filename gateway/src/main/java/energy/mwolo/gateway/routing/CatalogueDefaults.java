package energy.mwolo.gateway.routing;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings the service catalogue implies, added below every other property source: each service's URL
 * ({@code mwolo.gateway.upstreams.<name>}: {@code MWOLO_<NAME>_URL}, else {@code http://localhost:<port>}) and the
 * Swagger UI's list of documents. application.yml, environment variables and tests still override any of them.
 * Registered in {@code META-INF/spring.factories}; it runs after application.yml is loaded (lowest precedence).
 */
public class CatalogueDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "serviceCatalogue";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults(ServiceCatalogue.routed())));
    }

    static Map<String, Object> defaults(List<PlatformService> services) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (int i = 0; i < services.size(); i++) {
            PlatformService service = services.get(i);
            defaults.put("mwolo.gateway.upstreams." + service.name(),
                    "${" + service.urlVariable() + ":" + service.localUrl() + "}");
            defaults.put("springdoc.swagger-ui.urls[" + i + "].name", service.name());
            defaults.put("springdoc.swagger-ui.urls[" + i + "].url", service.apiDocsPath());
        }
        return defaults;
    }
}
