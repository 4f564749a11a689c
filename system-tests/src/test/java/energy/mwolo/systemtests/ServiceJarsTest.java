package energy.mwolo.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import energy.mwolo.contracts.services.ServiceCatalogue;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJarsTest {

    @TempDir
    Path dir;

    @Test
    void findsEachServicesJarInTheResolvedClasspathByModuleName() throws IOException {
        Path crm = Files.createFile(dir.resolve("crm-service-0.1.0-SNAPSHOT.jar"));
        Path gateway = Files.createFile(dir.resolve("gateway-0.1.0-SNAPSHOT.jar"));

        ServiceJars jars = ServiceJars.parse(crm + File.pathSeparator + gateway);

        assertThat(jars.of(ServiceCatalogue.CRM)).isEqualTo(crm);
        assertThat(jars.of(ServiceCatalogue.GATEWAY)).isEqualTo(gateway);
    }

    @Test
    void aServiceThisModuleDoesNotDependOnFailsSayingWhereToAddIt() {
        ServiceJars jars = ServiceJars.parse(dir.resolve("crm-service-0.1.0-SNAPSHOT.jar").toString());

        assertThatIllegalStateException().isThrownBy(() -> jars.of(ServiceCatalogue.SUPPORT))
                .withMessageContaining("add energy.mwolo:support-service to system-tests/pom.xml");
        assertThatIllegalStateException().isThrownBy(() -> jars.of(ServiceCatalogue.CRM))
                .withMessageContaining("is not built");
    }

    @Test
    void noServiceJarIsOnTheTestClasspath() {
        // A Spring Boot jar on the classpath would show its packed classes.
        assertThat(getClass().getClassLoader().getResource("BOOT-INF/classes/application.yml")).isNull();
        assertThat(getClass().getClassLoader().getResource("org/springframework/boot/loader/launch/JarLauncher.class"))
                .isNull();
    }
}
