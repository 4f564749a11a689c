package energy.mwolo.platform.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemStorageTest {

    private static final String INVOICE = "invoices/2026/FAC-1.pdf";

    @TempDir
    Path root;

    @Test
    void aStoredFileCanBeReadBack() throws IOException {
        var storage = new FilesystemStorage(root);

        var stored = storage.put(INVOICE, content("%PDF-1.7 facture"));

        assertThat(stored).isEqualTo(new FileStorage.StoredFile(INVOICE, 16));
        assertThat(storage.exists(INVOICE)).isTrue();
        assertThat(read(storage.open(INVOICE))).isEqualTo("%PDF-1.7 facture");
    }

    @Test
    void storingUnderAnExistingKeyReplacesTheFile() throws IOException {
        var storage = new FilesystemStorage(root);
        storage.put(INVOICE, content("first version"));

        storage.put(INVOICE, content("v2"));

        assertThat(read(storage.open(INVOICE))).isEqualTo("v2");
        try (var files = Files.list(root.resolve("invoices/2026"))) {
            assertThat(files).as("no temporary file is left behind").hasSize(1);
        }
    }

    @Test
    void aDeletedFileIsGone() {
        var storage = new FilesystemStorage(root);
        storage.put(INVOICE, content("x"));

        storage.delete(INVOICE);

        assertThat(storage.exists(INVOICE)).isFalse();
        assertThat(storage.open(INVOICE)).isEmpty();
    }

    @Test
    void deletingAMissingFileDoesNothing() {
        var storage = new FilesystemStorage(root);

        storage.delete("photos/none.jpg");

        assertThat(storage.exists("photos/none.jpg")).isFalse();
    }

    @Test
    void aMissingFileCannotBeOpened() {
        assertThat(new FilesystemStorage(root).open("photos/none.jpg")).isEmpty();
    }

    @Test
    void keysThatCouldLeaveTheRootOrAreNotPlainPathsAreRejected() {
        var storage = new FilesystemStorage(root.resolve("files"));
        for (String key : new String[] {"../secret.txt", "invoices/../../secret.txt", "a/..", "..",
                "/etc/passwd", "invoices\\2026\\FAC-1.pdf", "", "invoices//FAC-1.pdf", "invoices/", null}) {
            String shown = String.valueOf(key);
            assertThatIllegalArgumentException().as(shown).isThrownBy(() -> storage.put(key, content("x")));
            assertThatIllegalArgumentException().as(shown).isThrownBy(() -> storage.open(key));
            assertThatIllegalArgumentException().as(shown).isThrownBy(() -> storage.exists(key));
            assertThatIllegalArgumentException().as(shown).isThrownBy(() -> storage.delete(key));
        }
        assertThat(root.resolve("secret.txt")).doesNotExist();
    }

    @Test
    void aKeyOfASingleDotIsRejectedAndTheRootSurvivesIt() {
        var storage = new FilesystemStorage(root);

        assertThatIllegalArgumentException().isThrownBy(() -> storage.delete("."));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.put(".", content("x")));
        assertThat(root).isDirectory();
    }

    @Test
    void aFolderIsNotAFileThatCanBeOpened() {
        var storage = new FilesystemStorage(root);
        storage.put(INVOICE, content("x"));

        assertThat(storage.exists("invoices/2026")).isFalse();
        assertThat(storage.open("invoices/2026")).isEmpty();
    }

    private static InputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }

    private static String read(Optional<InputStream> file) throws IOException {
        assertThat(file).isPresent();
        try (InputStream in = file.get()) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
