package energy.mwolo.platformtest;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** An empty application for the customizer's tests, and a record of the contexts they were given. */
@Configuration(proxyBeanMethods = false)
class ContextProbe {

    static final Set<ApplicationContext> DEFAULT_CONTEXTS = Collections.newSetFromMap(new IdentityHashMap<>());
}
