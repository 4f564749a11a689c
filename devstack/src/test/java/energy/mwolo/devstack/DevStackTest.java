package energy.mwolo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevStackTest {

    @TempDir
    Path target;

    @Test
    void findsTheModulesExecutableJarWhateverItsVersion() throws IOException {
        Path jar = jar(target.resolve("geo-service-2.3.0-SNAPSHOT.jar"), "org.springframework.boot.loader.launch.JarLauncher");
        jar(target.resolve("geo-service-2.3.0-SNAPSHOT.jar.original"), null);
        jar(target.resolve("geo-service-extras-1.0.jar"), "other.Main");

        assertThat(DevStack.executableJar(target, "geo-service")).contains(jar);
    }

    @Test
    void aPlainJarOrNoJarIsNotBuilt() throws IOException {
        jar(target.resolve("crm-service-0.1.0-SNAPSHOT.jar"), null);

        assertThat(DevStack.executableJar(target, "crm-service")).isEmpty();
        assertThat(DevStack.executableJar(target.resolve("missing"), "crm-service")).isEmpty();
    }

    private static Path jar(Path file, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return file;
        }
    }
}
