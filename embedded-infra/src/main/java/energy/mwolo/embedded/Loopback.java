package energy.mwolo.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Ports on the loopback interface, and the directories the embedded servers leave behind. */
public final class Loopback {

    private Loopback() {
    }

    /** A loopback port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a program could listen on {@code port} of the loopback interface now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails when another program listens on {@code port}.
     *
     * @param what who needs the port, for the message
     * @throws IllegalStateException naming the port and {@code what}
     */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " for " + what + " is in use by another program");
        }
    }

    /** Deletes a directory tree, quietly: a temporary directory left behind is harmless. */
    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left behind
        }
    }
}
