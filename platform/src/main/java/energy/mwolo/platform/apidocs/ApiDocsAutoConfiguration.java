package energy.mwolo.platform.apidocs;

import energy.mwolo.platform.apidocs.PlatformApiDocs.FeatureTag;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import io.swagger.v3.oas.models.info.Info;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springdoc.core.utils.SpringDocUtils;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
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

    @Bean
    PlatformApiDocs platformApiDocs(Environment environment, ObjectProvider<BuildProperties> build,
                                    BeanFactory beans, ResourceLoader loader) {
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
        // Read once, when the document is first asked for: the service's start does not wait on it.
        Supplier<DomainProblems> problems = SingletonSupplier.of(() -> AutoConfigurationPackages.has(beans)
                ? DomainProblems.scan(loader.getClassLoader(), AutoConfigurationPackages.get(beans))
                : DomainProblems.none());
        return new PlatformApiDocs(info, publicPaths, tags, problems);
    }

    @Bean
    FeatureOperations featureOperations(PlatformApiDocs docs, BeanFactory beans, ResourceLoader loader) {
        Supplier<CheckedPermissions> permissions = SingletonSupplier.of(() -> AutoConfigurationPackages.has(beans)
                ? CheckedPermissions.scan(loader.getClassLoader(), AutoConfigurationPackages.get(beans))
                : CheckedPermissions.none());
        Supplier<AnsweredStatuses> statuses = SingletonSupplier.of(() -> AutoConfigurationPackages.has(beans)
                ? AnsweredStatuses.scan(loader.getClassLoader(), AutoConfigurationPackages.get(beans))
                : AnsweredStatuses.none());
        return new FeatureOperations(docs.tags(), permissions, statuses);
    }
}
