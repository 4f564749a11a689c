package energy.mwolo.devstack;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.KafkaCredentials;
import energy.mwolo.embedded.Loopback;
import energy.mwolo.embedded.ServiceProcess;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.StackShutdown;
import energy.mwolo.embedded.meters.FleetControl;
import energy.mwolo.embedded.meters.MeterFleet;
import energy.mwolo.embedded.meters.MeterRelays;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the platform on one machine: one embedded PostgreSQL (a database per service), one Kafka broker, an SMTP
 * catcher, an SMS gateway simulator and the mobile-money simulator, and every service of the {@link ServiceCatalogue} whose jar is built, each as
 * a child process on its catalogue port. Data is
 * kept under {@code .devstack/} between runs; Ctrl-C stops everything. Run it from the repository root, normally
 * through {@code ./devstack.sh}.
 */
public final class DevStack {

    private static final Pattern VERSIONED_JAR = Pattern.compile("-\\d[^/]*\\.jar");

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        long startedAt = System.nanoTime();
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("devstack"))) {
            fail("Run the devstack from the repository root (./devstack.sh), not from " + root);
        }
        Path home = root.resolve(".devstack");
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);
        int postgresPort = port("MWOLO_DEVSTACK_POSTGRES_PORT", 5433);
        int kafkaPort = port("MWOLO_DEVSTACK_KAFKA_PORT", 9092);
        // 3025 is also identity-service's SMTP port in the dev profile, so a service started by hand finds it too.
        int smtpPort = port("MWOLO_DEVSTACK_SMTP_PORT", 3025);
        int mailListingPort = port("MWOLO_DEVSTACK_MAIL_PORT", 8025);
        int smsPort = port("MWOLO_DEVSTACK_SMS_PORT", 8026);
        int mobileMoneyPort = port("MWOLO_DEVSTACK_MOBILE_MONEY_PORT", 8090);

        StackShutdown.register("devstack", () -> say("Mwolo devstack stopped."));
        ServiceProcesses.stopLeftovers(home, ServiceCatalogue.all());

        say("Starting PostgreSQL on port " + postgresPort + " (data: .devstack/postgres)");
        SharedPostgres postgres = null;
        try {
            postgres = SharedPostgres.startPersistent(home.resolve("postgres"), postgresPort,
                    logs.resolve("postgres.log"));
        } catch (IllegalStateException e) {
            fail(e.getMessage() + "\n(another port: MWOLO_DEVSTACK_POSTGRES_PORT; log: .devstack/logs/postgres.log)");
        }
        StackShutdown.register("PostgreSQL message", () -> say("Stopping PostgreSQL"));

        say("Starting Kafka on port " + kafkaPort + " (data: .devstack/kafka)");
        SharedKafka kafka = null;
        try {
            kafka = SharedKafka.startPersistent(home.resolve("kafka"), kafkaPort,
                    KafkaUsers.devPassword(KafkaUsers.ADMIN));
        } catch (IllegalStateException e) {
            fail(e.getMessage() + "\n(another port: MWOLO_DEVSTACK_KAFKA_PORT; log: .devstack/logs/kafka.log)");
        }
        StackShutdown.register("Kafka message", () -> say("Stopping Kafka"));
        Map<String, KafkaCredentials> kafkaUsers = kafkaUsers(kafka);

        say("Starting the SMTP catcher on port " + smtpPort + " (mails listed on port " + mailListingPort
                + ") and the SMS simulator on port " + smsPort);
        MailAndSms mailAndSms = null;
        try {
            mailAndSms = MailAndSms.start(smtpPort, mailListingPort, smsPort);
        } catch (IllegalStateException e) {
            fail(e.getMessage() + "\n(other ports: MWOLO_DEVSTACK_SMTP_PORT, MWOLO_DEVSTACK_MAIL_PORT, "
                    + "MWOLO_DEVSTACK_SMS_PORT)");
        }

        say("Starting the mobile-money simulator on port " + mobileMoneyPort);
        MobileMoney mobileMoney = null;
        try {
            // Providers call billing's webhooks through the gateway, as in production.
            mobileMoney = MobileMoney.start(mobileMoneyPort, callbackBase(ServiceCatalogue.GATEWAY));
        } catch (IllegalStateException e) {
            fail(e.getMessage() + "\n(another port: MWOLO_DEVSTACK_MOBILE_MONEY_PORT)");
        }

        // Every service finds the others, and the token issuer, at their catalogue ports.
        Map<PlatformService, String> peers = new LinkedHashMap<>();
        ServiceCatalogue.routed().forEach(service -> peers.put(service, service.localUrl()));

        ServiceProcesses services = new ServiceProcesses(root, home);
        StackShutdown.register("services", services);
        List<String> skipped = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        for (PlatformService service : ServiceCatalogue.all()) {
            Optional<Path> jar = executableJar(root.resolve(service.module()).resolve("target"), service.module());
            if (jar.isEmpty()) {
                if (service.isPlanned()) {
                    planned.add(service.module());
                } else {
                    skipped.add(service.module());
                    say("Skipping " + service.module() + ": " + service.module() + "/target holds no executable jar "
                            + "(./mvnw -B -q -DskipTests package)");
                }
                continue;
            }
            for (int port : new int[] {service.port(), service.managementPort()}) {
                if (!Loopback.isFree(port)) {
                    fail("Port " + port + " for " + service.module() + " is in use by another program");
                }
            }
            say("Starting " + service.module() + " on port " + service.port() + ", management port "
                    + service.managementPort() + " (log: .devstack/logs/" + service.module() + ".log)");
            services.add(mobileMoney.configure(mailAndSms.configure(ServiceProcess.launch(service, jar.get())), service)
                    .database(postgres)
                    .kafka(kafka.bootstrapServers(), kafkaUsers.get(service.name()))
                    .peers(peers)
                    .stateDirectory(home.resolve(service.module()))
                    .log(logs.resolve(service.module() + ".log"))
                    .javaOptions(javaOptions())
                    .start());
        }

        List<String> failed = services.awaitReadiness();
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        StringBuilder summary = new StringBuilder()
                .append(failed.isEmpty() ? "Mwolo devstack is ready" : "Mwolo devstack started with failures")
                .append(String.format(Locale.ROOT, " in %.1f s%n", seconds))
                .append(String.format("  %-20s %s (user postgres, no password; a database per service)%n",
                        "PostgreSQL", postgres.jdbcUrl("postgres")))
                .append(String.format("  %-20s %s (SASL_PLAINTEXT, SCRAM-SHA-512: user %s, password %s; a user per "
                        + "service)%n", "Kafka", kafka.bootstrapServers(), kafka.admin().username(),
                        kafka.admin().password()))
                .append(mailAndSms.summary())
                .append(mobileMoney.summary());
        for (ServiceProcess running : services.running()) {
            String module = running.service().module();
            summary.append(String.format("  %-20s http://127.0.0.1:%d (management :%d) %s%n", module,
                    running.service().port(), running.service().managementPort(),
                    failed.contains(module) ? "NOT READY" : ""));
        }
        for (String module : skipped) {
            summary.append(String.format("  %-20s skipped (jar not built)%n", module));
        }
        if (!planned.isEmpty()) {
            summary.append("  Not written yet (the gateway answers 503 on their routes): ")
                    .append(String.join(", ", planned)).append('\n');
        }
        summary.append("Data and logs are under .devstack/. Press Ctrl-C to stop.");
        say(summary.toString());
        startMeterFleet(kafka, kafkaUsers.get(KafkaUsers.METERS.user()));
        services.reportUnexpectedExits();

        new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops everything
    }

    /**
     * Every user of the ACL table with its dev password and exactly its ACLs, whether or not its service is built:
     * the kept broker remembers users and ACLs, and this brings them to the table of this build.
     */
    private static Map<String, KafkaCredentials> kafkaUsers(SharedKafka kafka) {
        Map<String, KafkaCredentials> users = new LinkedHashMap<>();
        for (KafkaAccess access : KafkaUsers.all()) {
            users.put(access.user(), kafka.ensureUser(access, KafkaUsers.devPassword(access.user())));
        }
        say("Kafka users and ACLs: " + String.join(", ", users.keySet()));
        return users;
    }

    /** The module's Spring Boot jar ({@code <module>-<version>.jar}): its manifest names a launcher. */
    static Optional<Path> executableJar(Path target, String module) {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(module) && VERSIONED_JAR.matcher(name.substring(module.length())).matches();
            }).filter(DevStack::isExecutableJar).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A Spring Boot jar names its launcher in the manifest; a missing or placeholder jar does not. */
    static boolean isExecutableJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where providers send callbacks: the gateway's billing webhooks, unless the environment says otherwise. */
    private static String callbackBase(PlatformService gateway) {
        String base = System.getenv("MWOLO_DEVSTACK_MOBILE_MONEY_CALLBACK_BASE");
        return base == null || base.isBlank() ? gateway.localUrl() + "/api/billing/webhooks" : base.trim();
    }

    /**
     * The simulated meters, when {@code MWOLO_DEVSTACK_METERS} asks for some: {@code SIM-000001} and on, a reading
     * every 15 simulated minutes each, {@code MWOLO_DEVSTACK_METER_RATE} readings a second in all (10 by default).
     */
    private static void startMeterFleet(SharedKafka kafka, KafkaCredentials meters) {
        int count = count("MWOLO_DEVSTACK_METERS", 0);
        if (count == 0) {
            return;
        }
        MeterFleet fleet = MeterFleet.create(kafka.clientProperties(meters),
                new MeterFleet.Settings("SIM-", count, Duration.ofMinutes(15), 1));
        StackShutdown.register("meter fleet", fleet);
        MeterRelays relays = MeterRelays.start(kafka.clientProperties(meters), "SIM-", Duration.ofSeconds(1));
        StackShutdown.register("meter relays", relays);
        fleet.reportRelaysOf(relays);
        int controlPort = port("MWOLO_DEVSTACK_METER_CONTROL_PORT", 8091);
        FleetControl control;
        try {
            control = FleetControl.serve(fleet, relays, controlPort);
        } catch (IllegalStateException e) {
            fail(e.getMessage() + "\n(another port: MWOLO_DEVSTACK_METER_CONTROL_PORT)");
            return;
        }
        StackShutdown.register("meter fleet control", control);
        fleet.run(Instant.now(), count("MWOLO_DEVSTACK_METER_RATE", 10));
        say(count + " simulated meters publish on " + Topics.IOT_METER_READINGS + " (SIM-000001 to "
                + fleet.meterNumbers().get(count - 1) + "; register them in operations-service, else their readings "
                + "are parked); their relays obey " + Topics.IOT_METER_COMMANDS + " after 1 s; control API on "
                + "http://127.0.0.1:" + controlPort + "/control/meters");
    }

    private static int count(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int count = Integer.parseInt(value.trim());
            if (count >= 0 && count <= 999_999) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(variable + " must be a number from 0 to 999999, not '" + value + "'");
        return fallback;
    }

    private static List<String> javaOptions() {
        String options = System.getenv("MWOLO_DEVSTACK_JAVA_OPTS");
        if (options == null || options.isBlank()) {
            return ServiceProcess.DEFAULT_JAVA_OPTIONS;
        }
        return Arrays.stream(options.trim().split("\\s+")).toList();
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(variable + " must be a TCP port number, not '" + value + "'");
        return fallback;
    }

    static void say(String message) {
        System.out.println("[devstack] " + message);
        System.out.flush();
    }

    private static void fail(String message) {
        System.err.println("[devstack] " + message);
        System.exit(2); // the shutdown hook stops whatever had started
    }
}
