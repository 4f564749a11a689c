package energy.mwolo.systemtests;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.Loopback;
import energy.mwolo.embedded.ServiceLaunch;
import energy.mwolo.embedded.ServiceProcess;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.StackShutdown;
import energy.mwolo.embedded.notifications.SmsSimulator;
import energy.mwolo.embedded.notifications.SmtpCatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The started processes of one {@link Spec}, for {@link RunningPlatform}. */
final class RunningServices implements AutoCloseable {

    /** How long the services may take to be ready; a loaded machine may need more ({@code mwolo.system-tests.startup}). */
    static final Duration STARTUP = Duration.parse(System.getProperty("mwolo.system-tests.startup", "PT4M"));
    static final int LOG_LINES = 60;

    /** Which services run, and with which extra settings: equal specs share one running set. */
    record Spec(Set<PlatformService> services, Map<PlatformService, Map<String, String>> environment) {
    }

    private static SmtpCatcher mails;
    private static SmsSimulator sms;

    private final ServiceJars jars = ServiceJars.fromBuild();
    private final Path work;
    private final Map<PlatformService, Integer> ports;
    private final Map<PlatformService, Integer> managementPorts;
    private final Map<PlatformService, String> peers;
    private final Map<PlatformService, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<PlatformService, Integer> restarts = new LinkedHashMap<>();
    private Spec spec;

    private RunningServices(Spec spec, Path work, Map<PlatformService, Integer> ports,
            Map<PlatformService, Integer> managementPorts, Map<PlatformService, String> peers) {
        this.spec = spec;
        this.work = work;
        this.ports = Map.copyOf(ports);
        this.managementPorts = Map.copyOf(managementPorts);
        this.peers = Map.copyOf(peers);
    }

    /**
     * Launches the services of {@code spec} together, the gateway last, then waits for all of them.
     *
     * @param work where each service keeps its log, offsets and files ({@code <work>/<module>/})
     * @throws RuntimeException when one does not start; every log is printed and attached, all are stopped
     */
    static RunningServices start(Spec spec, Path work) {
        Map<PlatformService, Integer> ports = new LinkedHashMap<>();
        Map<PlatformService, Integer> managementPorts = new LinkedHashMap<>();
        Map<PlatformService, String> peers = new LinkedHashMap<>();
        for (PlatformService service : ServiceCatalogue.all()) {
            // Every catalogue service gets an address; one not started is a closed port (the gateway's 503).
            ports.put(service, Loopback.freePort());
            managementPorts.put(service, Loopback.freePort());
            if (service.isRouted()) {
                peers.put(service, "http://127.0.0.1:" + ports.get(service));
            }
        }
        RunningServices running = new RunningServices(spec, work, ports, managementPorts, peers);
        try {
            for (PlatformService service : ServiceCatalogue.all()) {
                if (spec.services().contains(service)) {
                    running.processes.put(service, running.launch(service, null).start());
                }
            }
            running.processes.values().forEach(process -> process.awaitReady(STARTUP));
        } catch (RuntimeException e) {
            throw running.failed(e);
        }
        return running;
    }

    /**
     * Stops {@code service} (SIGTERM: Spring's graceful shutdown) and starts it again from its jar on the same ports,
     * database, state directory (outbox offsets, files) and peers, with {@code extra} variables on top of its
     * settings, then waits for it. Its earlier log is kept; the new one is {@code <module>.restart-<n>.log}. The
     * set's spec takes the extra variables, so a class asking for the original settings gets a fresh set.
     *
     * @throws RuntimeException when it does not come back; every log is printed and attached, all are stopped
     */
    void restart(PlatformService service, Map<String, String> extra) {
        ServiceProcess before = process(service);
        before.close();
        Map<String, String> environment = new LinkedHashMap<>(spec.environment().getOrDefault(service, Map.of()));
        environment.putAll(extra);
        Map<PlatformService, Map<String, String>> specEnvironment = new LinkedHashMap<>(spec.environment());
        specEnvironment.put(service, Map.copyOf(environment));
        spec = new Spec(spec.services(), Map.copyOf(specEnvironment));
        Path log = work.resolve(service.module())
                .resolve(service.module() + ".restart-" + restarts.merge(service, 1, Integer::sum) + ".log");
        try {
            ServiceProcess after = launch(service, log).start();
            processes.put(service, after);
            after.awaitReady(STARTUP);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    /** How {@code service} runs in this set: as the devstack runs it, plus the spec's variables for it. */
    private ServiceLaunch launch(PlatformService service, Path log) {
        SmtpCatcher mail = mails();
        ServiceLaunch launch = ServiceProcess.launch(service, jars.of(service))
                .port(ports.get(service))
                .managementPort(managementPorts.get(service))
                .host("127.0.0.1")
                .database(SharedPostgres.start())
                .kafka(SharedKafka.start())
                .peers(peers)
                .smtp(mail.host(), mail.smtpPort())
                .smsGateway(sms().baseUrl())
                .stateDirectory(work.resolve(service.module()))
                .arguments("--server.address=127.0.0.1", "--management.server.address=127.0.0.1");
        if (log != null) {
            launch.log(log);
        }
        spec.environment().getOrDefault(service, Map.of()).forEach(launch::environment);
        return launch;
    }

    private RuntimeException failed(RuntimeException e) {
        String logs = logs();
        System.err.println(logs);
        e.addSuppressed(new RunningPlatform.ServiceLogs(logs));
        close();
        return e;
    }

    /** The JVM's SMTP catcher, every service's mail server; started on first use, before any service. */
    static synchronized SmtpCatcher mails() {
        if (mails == null) {
            mails = SmtpCatcher.start();
            StackShutdown.register("SMTP catcher", mails);
        }
        return mails;
    }

    /** The JVM's SMS simulator, every service's SMS gateway; started on first use, before any service. */
    static synchronized SmsSimulator sms() {
        if (sms == null) {
            sms = SmsSimulator.start();
            StackShutdown.register("SMS simulator", sms);
        }
        return sms;
    }

    Spec spec() {
        return spec;
    }

    ServiceProcess process(PlatformService service) {
        ServiceProcess process = processes.get(service);
        if (process == null) {
            throw new IllegalStateException(service.module() + " is not running: add it to RunningPlatform.of(...)");
        }
        return process;
    }

    /** Fails, with their logs, when services have exited since they got ready. */
    void requireAlive() {
        List<String> stopped = new ArrayList<>();
        processes.values().stream().filter(process -> !process.isAlive())
                .forEach(process -> stopped.add(process.service().module() + " exited with code "
                        + process.exitValue() + "; " + process.tail(LOG_LINES)));
        if (!stopped.isEmpty()) {
            throw new IllegalStateException(String.join("\n", stopped));
        }
    }

    /** The end of every service's log, each under its module's name and the log's path. */
    String logs() {
        StringBuilder logs = new StringBuilder("Logs of the services under test:");
        processes.values().forEach(process -> logs.append("\n===== ").append(process.service().module())
                .append(' ').append(process.tail(LOG_LINES)));
        return logs.toString();
    }

    @Override
    public void close() {
        ServiceProcess.stopAll(List.copyOf(processes.values()));
    }
}
