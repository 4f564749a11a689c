package energy.mwolo.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

public final class ClasspathResources {

    private ClasspathResources() {
    }

    static boolean exists(String path) {
        return loader().getResource(path) != null;
    }

    public static String text(String path) {
        try (InputStream in = loader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader loader() {
        return ClasspathResources.class.getClassLoader();
    }
}
