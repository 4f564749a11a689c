package energy.mwolo.embedded;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One JVM shutdown hook that closes what was started here in the reverse order of registration.
 *
 * <p>Separate shutdown hooks run concurrently and in no defined order; a broker or database stopped while a service
 * still uses it makes that service's own shutdown slow and noisy. Everything registered here is therefore closed
 * from a single hook, last registered first: application contexts and child processes, then Kafka, then Postgres.
 */
public final class StackShutdown {

    private static final Deque<Entry> ENTRIES = new ArrayDeque<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private record Entry(String name, AutoCloseable resource) {
    }

    private StackShutdown() {
    }

    /**
     * Registers a resource to close when the JVM exits; closed before everything registered earlier.
     *
     * @param name     shown if closing fails
     * @param resource closed once, from the shutdown hook
     */
    public static synchronized void register(String name, AutoCloseable resource) {
        if (shuttingDown) {
            throw new IllegalStateException("The JVM is shutting down: cannot register " + name);
        }
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(StackShutdown::closeAll, "mwolo-stack-shutdown"));
            hookInstalled = true;
        }
        ENTRIES.push(new Entry(name, resource));
    }

    /** Whether the JVM shutdown hook has started closing the registered resources. */
    public static synchronized boolean isShuttingDown() {
        return shuttingDown;
    }

    private static void closeAll() {
        while (true) {
            Entry entry;
            synchronized (StackShutdown.class) {
                shuttingDown = true;
                entry = ENTRIES.poll();
            }
            if (entry == null) {
                return;
            }
            try {
                entry.resource().close();
            } catch (Exception | LinkageError e) {
                System.err.println("[mwolo] could not stop " + entry.name() + ": " + e);
            }
        }
    }
}
