package energy.mwolo.platformtest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Same configuration as {@link PlatformTestContextCustomizerIT}: Spring's cache must hand both the same context. */
@SpringBootTest(classes = ContextProbe.class)
class ContextCacheIT {

    @Autowired
    private ApplicationContext context;

    @Test
    void reusesTheContextOfAnotherTestClassWithTheSameConfiguration() {
        ContextProbe.DEFAULT_CONTEXTS.add(context);
        assertThat(ContextProbe.DEFAULT_CONTEXTS).hasSize(1);
    }

    @Test
    void customizersForDifferentTestClassesAreEqual() {
        PlatformTestContextCustomizerFactory factory = new PlatformTestContextCustomizerFactory();
        assertThat(factory.createContextCustomizer(ContextCacheIT.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(PlatformTestContextCustomizerIT.class, List.of()))
                .hasSameHashCodeAs(factory.createContextCustomizer(PlatformTestContextCustomizerIT.class, List.of()));
    }
}
