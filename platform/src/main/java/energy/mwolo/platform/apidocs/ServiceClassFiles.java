package energy.mwolo.platform.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The compiled classes of a service's packages, read from the class path once, when a reader first asks (the document
 * is built on its first request, not at start-up), then handed to each reader's visitor: {@link DomainProblems},
 * {@link CheckedPermissions} and {@link AnsweredStatuses} read the same bytes.
 */
final class ServiceClassFiles {

    private final ClassLoader classLoader;
    private final List<String> basePackages;
    private List<byte[]> classes;

    private ServiceClassFiles(ClassLoader classLoader, List<String> basePackages) {
        this.classLoader = classLoader;
        this.basePackages = List.copyOf(basePackages);
    }

    /** The classes of {@code basePackages} (and below) on the class path of {@code classLoader}. */
    static ServiceClassFiles of(ClassLoader classLoader, List<String> basePackages) {
        return new ServiceClassFiles(classLoader, basePackages);
    }

    List<String> basePackages() {
        return basePackages;
    }

    /** How a method is named across readers: {@code owner.name(descriptor)}, the owner's internal name. */
    static String methodKey(String owner, String name, String descriptor) {
        return owner + "." + name + descriptor;
    }

    /** Each method of the classes, read by the visitor {@code reader} gives for its {@link #methodKey}. */
    void readMethods(Function<String, MethodVisitor> reader) {
        read(new ClassVisitor(Opcodes.ASM9) {

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

    void read(ClassVisitor visitor) {
        for (byte[] bytes : classes()) {
            new ClassReader(bytes).accept(visitor, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
    }

    private synchronized List<byte[]> classes() {
        if (classes == null) {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
            List<byte[]> read = new ArrayList<>();
            try {
                for (String basePackage : basePackages) {
                    for (Resource resource : resolver.getResources("classpath*:" + basePackage.replace('.', '/')
                            + "/**/*.class")) {
                        try (InputStream in = resource.getInputStream()) {
                            read.add(in.readAllBytes());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the service's classes", e);
            }
            classes = List.copyOf(read);
        }
        return classes;
    }
}
