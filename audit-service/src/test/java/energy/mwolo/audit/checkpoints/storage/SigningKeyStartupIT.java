package energy.mwolo.audit.checkpoints.storage;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.checkpoints.application.CheckpointKeys;
import energy.mwolo.audit.checkpoints.model.Checkpoint;
import energy.mwolo.audit.checkpoints.model.SigningKey;
import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.Hash;
import energy.mwolo.platform.storage.FileStorage;
import energy.mwolo.platform.storage.FilesystemStorage;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Where the checkpoint key comes from when the service starts: configuration, or (dev profile only) file storage.
 * Elsewhere an unconfigured key stops the start, so wiped or tampered storage never brings a key of its own.
 */
class SigningKeyStartupIT {

    private static final ChainHead HEAD = new ChainHead(42, Hash.fromHex("ab".repeat(32)));

    @TempDir
    Path storage;

    private ApplicationContextRunner service() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Keys.class)
                .withBean(FileStorage.class, () -> new FilesystemStorage(storage));
    }

    @Test
    void refusesToStartWithoutAConfiguredKeyOutsideTheDevProfile() {
        service().run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("No checkpoint signing key")
                    .hasMessageContaining("MWOLO_AUDIT_SIGNING_PRIVATE_KEY");
        });
        assertThat(storage).as("no key generated").isEmptyDirectory();
    }

    @Test
    void doesNotTakeAKeyFoundInStorageOutsideTheDevProfile() {
        service().withPropertyValues("mwolo.audit.signing.generate-when-missing=true")
                .run(context -> assertThat(context).hasNotFailed());

        service().run(context -> assertThat(context).hasFailed());
    }

    @Test
    void startsWithTheConfiguredKeyAndTrustsTheConfiguredEarlierOnes() {
        SigningKey current = SigningKey.generate();
        SigningKey earlier = SigningKey.generate();

        service().withPropertyValues(
                        "mwolo.audit.signing.private-key=" + current.privateKeyBase64(),
                        "mwolo.audit.signing.public-key=" + current.publicKeyBase64(),
                        "mwolo.audit.signing.trusted-public-keys=" + earlier.publicKeyBase64())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CheckpointKeys keys = context.getBean(CheckpointKeys.class);
                    assertThat(keys.signing().id()).isEqualTo(current.id());
                    assertThat(keys.trusted().vouchFor(signedBy(earlier))).isTrue();
                    assertThat(keys.trusted().vouchFor(signedBy(SigningKey.generate()))).isFalse();
                });
        assertThat(storage).as("nothing written to storage").isEmptyDirectory();
    }

    @Test
    void generatesAndKeepsAKeyInTheDevProfile() {
        String[] first = new String[1];
        ApplicationContextRunner dev = service().withPropertyValues("mwolo.audit.signing.generate-when-missing=true");

        dev.run(context -> first[0] = context.getBean(CheckpointKeys.class).signing().id());
        dev.run(context -> assertThat(context.getBean(CheckpointKeys.class).signing().id()).isEqualTo(first[0]));
    }

    private static Checkpoint signedBy(SigningKey key) {
        return Checkpoint.sign(1, HEAD, Instant.parse("2026-05-01T08:00:00Z"), key);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SigningSettings.class)
    @Import(StoredSigningKey.class)
    static class Keys {
    }
}
