package energy.mwolo.identity.passwords;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with m = 19 MiB, t = 2, p = 1 (OWASP's first recommended setting), 16-byte salt, 32-byte hash. A check
 * against a missing hash still runs one full Argon2 computation against a dummy hash, so an unknown account costs
 * the caller as much time as a wrong password. Every computation, dummy ones included, counts in
 * {@code identity.password.computations}: the CPU load of sign-ins and registrations, and the proof that a request
 * for an unknown or known address does the same work.
 */
public class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS);
    private final String dummyHash;
    private final Counter computations;

    public PasswordHasher(MeterRegistry meters) {
        computations = Counter.builder("identity.password.computations")
                .description("Argon2 computations: hashes and checks, dummy checks included")
                .register(meters);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        dummyHash = encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    public String hash(String password) {
        computations.increment();
        return encoder.encode(password);
    }

    /** False for a null hash (an account without a password yet), after the same work as a real check. */
    public boolean matches(String password, String hash) {
        computations.increment();
        if (hash == null || password == null) {
            encoder.matches(password == null ? "" : password, dummyHash);
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Spends the time of one check, for callers that have no account to check against. */
    public void checkAgainstNothing(String password) {
        matches(password, null);
    }

    /** True when the hash was made with other parameters than today's: it is replaced at the next sign-in. */
    public boolean isOutdated(String hash) {
        return hash != null && encoder.upgradeEncoding(hash);
    }
}
