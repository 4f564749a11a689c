package energy.mwolo.platform.idempotency;

import java.time.Clock;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** Idempotency-Key for the {@link Idempotent} endpoints of a servlet service, stored in its own database. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(JdbcClient.class)
@ConditionalOnProperty(name = "mwolo.idempotency.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
@EnableScheduling
public class IdempotencyAutoConfiguration {

    @Bean
    IdempotencyRecords idempotencyRecords(JdbcClient jdbc) {
        return new IdempotencyRecords(jdbc);
    }

    /** The transaction manager is looked up at the first request: JDBC or JPA, whichever the service has. */
    @Bean
    IdempotentRequests idempotentRequests(ObjectProvider<PlatformTransactionManager> transactions,
            IdempotencyRecords records, IdempotencyProperties properties) {
        return new IdempotentRequests(transactions::getObject, records, properties.retention(), Clock.systemUTC());
    }

    @Bean
    IdempotentEndpoints idempotentEndpoints(ListableBeanFactory beans) {
        return new IdempotentEndpoints(beans);
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotencyRecords records, IdempotencyProperties properties,
            IdempotentEndpoints endpoints) {
        return new IdempotencyPurge(records, properties.retention(), Clock.systemUTC(), endpoints::present);
    }

    /** Spring MVC asks for this while it is being set up: everything else is resolved lazily, at the first request. */
    @Bean
    WebMvcRegistrations idempotentHandlerAdapter(ObjectProvider<IdempotentRequests> requests) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new IdempotentHandlerAdapter(requests::getObject);
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
    static class OpenApiDocumentation {

        @Bean
        IdempotencyOpenApi idempotencyOpenApi(IdempotencyProperties properties) {
            return new IdempotencyOpenApi(properties.retention());
        }
    }
}
