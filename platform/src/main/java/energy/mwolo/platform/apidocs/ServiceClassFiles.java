package energy.mwolo.platform.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The compiled classes of a service's packages, each handed to a visitor: its API document reads them. */
final class ServiceClassFiles {

    private ServiceClassFiles() {
    }

    static void read(ClassLoader classLoader, List<String> basePackages, ClassVisitor visitor) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        try {
            for (String basePackage : basePackages) {
                for (Resource resource : resolver.getResources("classpath*:" + basePackage.replace('.', '/')
                        + "/**/*.class")) {
                    try (InputStream in = resource.getInputStream()) {
                        new ClassReader(in).accept(visitor, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the service's classes", e);
        }
    }
}
