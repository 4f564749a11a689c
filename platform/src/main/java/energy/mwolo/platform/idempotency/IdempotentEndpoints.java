package energy.mwolo.platform.idempotency;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Knows, once the context is up, whether the service has {@link Idempotent} endpoints, and refuses to start when
 * it has some but Spring MVC does not run them through {@link IdempotentHandlerAdapter} (another
 * {@code WebMvcRegistrations} or {@code @EnableWebMvc} would silently turn every key into a no-op).
 */
class IdempotentEndpoints implements SmartInitializingSingleton {

    private final ListableBeanFactory beans;
    private volatile boolean present;

    IdempotentEndpoints(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        present = beans.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().values().stream())
                .anyMatch(handler -> handler.hasMethodAnnotation(Idempotent.class));
        boolean adapted = beans.getBeansOfType(RequestMappingHandlerAdapter.class).values().stream()
                .anyMatch(IdempotentHandlerAdapter.class::isInstance);
        if (present && !adapted) {
            throw new IllegalStateException("@Idempotent endpoints need the platform's handler adapter, but another "
                    + "WebMvcRegistrations or @EnableWebMvc replaced it: Idempotency-Key would be ignored");
        }
    }

    boolean present() {
        return present;
    }
}
