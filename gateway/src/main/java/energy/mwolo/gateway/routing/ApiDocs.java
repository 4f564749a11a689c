package energy.mwolo.gateway.routing;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code /api/docs} opens the one Swagger UI (springdoc's, under {@code /api/docs/}), which lists every service's
 * document, fetched through the gateway at {@code /v3/api-docs/<service>} (see application.yml).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    private static final URI UI = URI.create("/api/docs/swagger-ui.html");

    @Bean
    RouterFunction<ServerResponse> apiDocsEntry() {
        return RouterFunctions.route()
                .GET("/api/docs", request -> ServerResponse.temporaryRedirect(UI).build())
                .GET("/api/docs/", request -> ServerResponse.temporaryRedirect(UI).build())
                .build();
    }
}
