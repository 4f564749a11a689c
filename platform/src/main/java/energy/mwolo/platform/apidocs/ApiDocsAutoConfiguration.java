package energy.mwolo.platform.apidocs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import energy.mwolo.platform.apidocs.PlatformApiDocs.FeatureTag;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.info.Info;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.function.SingletonSupplier;

/**
 * The platform's part of every servlet service's OpenAPI document ({@link PlatformApiDocs}). Title, description and
 * version come from the build ({@code META-INF/build-info.properties}, written by spring-boot-maven-plugin's
 * {@code build-info} goal: the module's name, description and version); without it, from the application's name.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiDocsAutoConfiguration {

    static {
        // Resolved by the platform from the token and from page/page_size (FeatureOperations documents those two),
        // not parameters a caller sends under these names.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class, PageQuery.class);
    }

    /**
     * The service's own classes (its auto-configuration packages), which the document reads for what springdoc cannot
     * see: read from the class path once, when the document is first asked for, so the start does not wait on it.
     */
    @Bean
    ServiceClassFiles apiDocsServiceClassFiles(BeanFactory beans, ResourceLoader loader) {
        return ServiceClassFiles.of(loader.getClassLoader(),
                AutoConfigurationPackages.has(beans) ? AutoConfigurationPackages.get(beans) : List.of());
    }

    @Bean
    PlatformApiDocs platformApiDocs(Environment environment, ObjectProvider<BuildProperties> build,
                                    ServiceClassFiles classFiles) {
        String application = environment.getProperty("spring.application.name", "service");
        BuildProperties properties = build.getIfAvailable();
        String name = properties != null && properties.getName() != null ? properties.getName() : application;
        String description = properties != null ? properties.get("description") : null;
        Info info = new Info()
                .title("Mwolo Energy: " + name)
                .description(description != null ? description : "The API of " + name + ".")
                .version(properties != null && properties.getVersion() != null ? properties.getVersion() : "dev");
        List<String> publicPaths = Binder.get(environment)
                .bind("mwolo.security.public-paths", Bindable.listOf(String.class)).orElse(List.of());
        Map<String, FeatureTag> tags = Binder.get(environment)
                .bind("mwolo.api-docs.tags", Bindable.mapOf(String.class, FeatureTag.class)).orElse(Map.of());
        return new PlatformApiDocs(info, publicPaths, tags,
                SingletonSupplier.of(() -> DomainProblems.scan(classFiles)));
    }

    /**
     * Schemas named as the services write JSON: snake_case ({@code province_code}), where swagger's own resolver
     * names properties as Java does; nested records named apart ({@link ServiceTypeNames}). It replaces that resolver
     * (springdoc keeps one converter per class) and, ordered first, lies last in the chain: the platform's other
     * converters see each type before it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver apiDocsSnakeCaseSchemas(SpringDocConfigProperties springDoc) {
        ObjectMapper mapper = (springDoc.isOpenapi31() ? Json31.mapper() : Json.mapper()).copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        return new ModelResolver(mapper, new ServiceTypeNames()).openapi31(springDoc.isOpenapi31());
    }

    @Bean
    JavadocDescriptions apiDocsJavadocDescriptions() {
        return new JavadocDescriptions();
    }

    @Bean
    DecimalStrings apiDocsDecimalStrings() {
        return new DecimalStrings();
    }

    @Bean
    RawJsonValues apiDocsRawJsonValues() {
        return new RawJsonValues();
    }

    @Bean
    FeatureOperations featureOperations(PlatformApiDocs docs, ServiceClassFiles classFiles) {
        return new FeatureOperations(docs.tags(), SingletonSupplier.of(() -> CheckedPermissions.scan(classFiles)),
                SingletonSupplier.of(() -> AnsweredStatuses.scan(classFiles)));
    }
}
