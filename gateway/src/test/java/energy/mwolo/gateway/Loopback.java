package energy.mwolo.gateway;

import java.util.concurrent.TimeUnit;

/** Small helpers for what the tests run beside the gateway on this machine: ports and child processes. */
public final class Loopback {

    private Loopback() {
    }

    /** A loopback port nobody listens on right now. */
    public static int freePort() {
        return energy.mwolo.embedded.Loopback.freePort();
    }

    /** Asks a child process to stop (SIGTERM: a Java service shuts down gracefully), then kills it after 20 s. */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
