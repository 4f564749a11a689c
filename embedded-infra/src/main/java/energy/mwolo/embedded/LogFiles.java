package energy.mwolo.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading the end of a server's log, for failure messages. */
public final class LogFiles {

    private LogFiles() {
    }

    /** The last {@code lines} lines of {@code log}, or a note saying why there are none. */
    public static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (MalformedInputException e) {
            return "(" + log + " is not UTF-8 text)";
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }
}
