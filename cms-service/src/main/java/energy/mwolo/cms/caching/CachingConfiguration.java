package energy.mwolo.cms.caching;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CachingConfiguration implements WebMvcConfigurer {

    private final PublicCaching caching;

    CachingConfiguration(PublicCaching caching) {
        this.caching = caching;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(caching).addPathPatterns("/api/cms/**");
    }
}
