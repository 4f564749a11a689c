package energy.mwolo.identity;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import energy.mwolo.embedded.StackShutdown;
import energy.mwolo.platformtest.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every integration test shares: the service on a random port with the JVM's shared
 * PostgreSQL and Kafka (platform-test), a real SMTP server (GreenMail) on a free loopback port, and a clock tests
 * can move forward. Subclasses add nothing to the context configuration, so Spring starts the service once.
 * Each test speaks from its own client address ({@code X-Forwarded-For}), so per-address limits stay apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {IdentityApplication.class, AbstractApiIT.TestClock.class},
        properties = {
                "mwolo.identity.tokens.issuer=" + AbstractApiIT.ISSUER,
                // A test key: anything it encrypts is no secret.
                "mwolo.identity.keys.encryption-key=dGVzdC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy0wMDA=",
                "mwolo.identity.bootstrap.admin-email=" + AbstractApiIT.ROOT_EMAIL,
                "mwolo.identity.bootstrap.admin-password=" + AbstractApiIT.ROOT_PASSWORD,
                "mwolo.identity.password-mail.reset-link=https://portail.mwolo.test/reinitialiser?token={token}",
                "mwolo.identity.password-mail.invitation-link=https://portail.mwolo.test/activer?token={token}",
                "mwolo.identity.registration.website-url=" + AbstractApiIT.WEBSITE,
                "mwolo.identity.login.address-failure-limit=" + AbstractApiIT.ADDRESS_FAILURE_LIMIT,
                // Four addresses failing five times each reach it: fewer Argon2 checks than the production 100.
                "mwolo.identity.login.ceiling.failures=" + AbstractApiIT.CEILING_FAILURES})
public abstract class AbstractApiIT {

    public static final String ISSUER = "https://identity.mwolo.test";
    public static final String WEBSITE = "https://www.mwolo.test";
    public static final String ROOT_EMAIL = "root@mwolo.test";
    public static final String ROOT_PASSWORD = "Kivu-Lac-Tanganyika-1960";
    public static final int ADDRESS_FAILURE_LIMIT = 12;
    public static final int CEILING_FAILURES = 20;

    static final GreenMail MAIL = startMail();
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    protected SettableClock clock;

    protected Api api;
    protected Accounts accounts;
    protected Mailbox mailbox;
    protected Customers customers;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @BeforeEach
    void connectToTheService() {
        Api plain = new Api("http://localhost:" + port).from(newClientAddress());
        api = plain.heldToItsDocument(() -> new Accounts(plain).root().access());
        accounts = new Accounts(api);
        mailbox = new Mailbox(MAIL);
        customers = new Customers(api, mailbox);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    protected int port() {
        return port;
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * An address of the benchmarking range 198.18.0.0/15 (RFC 2544) that no other test of this JVM speaks from: it only
     * names the caller in a header, and the throttle's per-address counts of one test never reach another's (random
     * addresses could meet, and a test after the one that blocks an address for 15 minutes would then fail).
     */
    protected static String newClientAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        StackShutdown.register("GreenMail", mail::stop);
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}
