package energy.mwolo.platform.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The compiled classes of a service's packages, each handed to a visitor: its API document reads them. */
final class ServiceClassFiles {

    private ServiceClassFiles() {
    }

    /** How a method is named across readers: {@code owner.name(descriptor)}, the owner's internal name. */
    static String methodKey(String owner, String name, String descriptor) {
        return owner + "." + name + descriptor;
    }

    /** Each method of the classes, read by the visitor {@code reader} gives for its {@link #methodKey}. */
    static void readMethods(ClassLoader classLoader, List<String> basePackages,
                            Function<String, MethodVisitor> reader) {
        read(classLoader, basePackages, new ClassVisitor(Opcodes.ASM9) {

            private String owner;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                owner = name;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return reader.apply(methodKey(owner, name, descriptor));
            }
        });
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
