package energy.mwolo.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Ports on the loopback interface, and the directories the embedded servers leave behind. */
public final class Loopback {

    private Loopback() {
    }

    /*
     * Ports are handed out below Linux's ephemeral range (32768-60999), where the kernel picks the local ports of
     * outgoing connections: a port taken from that range (bind to 0) could be grabbed by some JDBC or Kafka client's
     * connection between the moment it is handed out and the moment the service binds it, and the service would
     * fail to start. Each JVM starts at its own place in the range (from its pid) and never hands a port out twice,
     * so two test JVMs starting services side by side rarely even try the same port.
     */
    private static final int FIRST_PORT = 15_000;
    private static final int PORT_SPAN = 32_000 - FIRST_PORT;
    private static final AtomicInteger NEXT_PORT =
            new AtomicInteger((int) Math.floorMod(ProcessHandle.current().pid() * 2_654_435_761L, (long) PORT_SPAN));
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A loopback port nobody listens on right now, outside the ephemeral range and not handed out before by this
     * JVM, so that a service started later on it does not find it taken by a client connection.
     */
    public static int freePort() {
        for (int tried = 0; tried < PORT_SPAN; tried++) {
            int port = FIRST_PORT + Math.floorMod(NEXT_PORT.getAndIncrement(), PORT_SPAN);
            if (HANDED_OUT.add(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free loopback port left between " + FIRST_PORT + " and "
                + (FIRST_PORT + PORT_SPAN));
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
