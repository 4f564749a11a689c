package energy.mwolo.platform.storage;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The filesystem adapter unless a service provides another {@link FileStorage}. */
@AutoConfiguration
public class StorageAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(FileStorage.class)
    FileStorage fileStorage(Environment environment) {
        String root = environment.getProperty("mwolo.storage.filesystem.root",
                ".data/" + environment.getProperty("spring.application.name", "service") + "/files");
        return new FilesystemStorage(Path.of(root));
    }
}
